/**
 * A small text language for system structure, so a model fits in a URL and
 * can be typed: `serial(api:99.95,parallel(db:99.99,queue:99.9))`,
 * `kofn(2,a:99.9,b:99.9,c:99.9)`. Availabilities are percentages; a comma
 * always separates items, so decimals inside a model need a point.
 *
 * An item may be a bare availability, as learners first type a model:
 * `serial(99.9,99.9,99.9)`. It is named by its position among the model's
 * components, `component-2`, as the form names a component it adds.
 */

export interface ComponentNode {
  kind: 'component';
  /** Letters, digits, `_`, `-` and `.`. Names may repeat (two replicas of "db"). */
  name: string;
  /** The percentage as written, e.g. "99.95"; kept as text so it stays exact. */
  percentText: string;
}
export interface SerialNode {
  kind: 'serial';
  children: AvailabilityModel[];
}
export interface ParallelNode {
  kind: 'parallel';
  children: AvailabilityModel[];
}
export interface KOfNNode {
  kind: 'kofn';
  /** How many children must be up. */
  k: number;
  children: AvailabilityModel[];
}
export type GroupNode = SerialNode | ParallelNode | KOfNNode;
export type AvailabilityModel = ComponentNode | GroupNode;

/** Groups inside groups; deeper models are unreadable and only come from tampering. */
export const MAX_MODEL_DEPTH = 8;
export const MAX_MODEL_COMPONENTS = 50;
export const MAX_MODEL_LENGTH = 2000;
export const MAX_PERCENT_DECIMALS = 10;

export const DEFAULT_MODEL_TEXT = 'serial(api:99.95,parallel(db:99.99,queue:99.9))';

export type ModelParseResult =
  | { ok: true; value: AvailabilityModel }
  | { ok: false; message: string; /** 1-based column of the problem. */ column: number };

const NAME = /[A-Za-z0-9_.-]+/y;
const PERCENT = /\d+(?:\.\d+)?|\.\d+/y;
/** A whole token that is an availability, not a name: an unnamed item. */
const BARE_PERCENT = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const INTEGER = /\d+/y;
const GROUPS = ['serial', 'parallel', 'kofn'] as const;
const EXAMPLE = 'like serial(api:99.95,db:99.99)';

class ModelSyntaxError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

class Parser {
  pos = 0;
  components = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new ModelSyntaxError(`Column ${at + 1}: ${message}`, at + 1);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  read(pattern: RegExp): string {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (!match) return '';
    this.pos = pattern.lastIndex;
    return match[0];
  }

  /** What is at the cursor, for messages. */
  found(): string {
    return this.pos >= this.text.length ? 'the end of the model' : `"${this.text[this.pos]}"`;
  }

  node(depth: number): AvailabilityModel {
    this.skipSpace();
    const start = this.pos;
    const name = this.read(NAME);
    if (name === '') {
      this.fail(`expected a component like api:99.9 or a group like serial(…), but found ${this.found()}.`);
    }
    this.skipSpace();
    const next = this.text[this.pos];
    if (next === '(') return this.group(name, start, depth + 1);
    if (next === ':') {
      this.pos++;
      return this.component(name);
    }
    if (BARE_PERCENT.test(name)) {
      this.pos = start;
      return this.component(`component-${this.components + 1}`);
    }
    const keyword = GROUPS.find((g) => g === name.toLowerCase());
    if (keyword) this.fail(`expected "(" after ${keyword}, but found ${this.found()}.`);
    return this.fail(`expected ":" and an availability after "${name}", like ${name}:99.9, but found ${this.found()}.`);
  }

  /** The availability of a component, from the cursor on (after its "name:", if it has a name). */
  component(name: string): ComponentNode {
    this.skipSpace();
    const at = this.pos;
    const percentText = this.read(PERCENT);
    if (percentText === '') {
      this.fail(`expected an availability in percent after "${name}:", like ${name}:99.9, but found ${this.found()}.`);
    }
    if (Number(percentText) > 100) this.fail(`the availability of "${name}" is ${percentText}%; it can't be more than 100%.`, at);
    if ((percentText.split('.')[1]?.length ?? 0) > MAX_PERCENT_DECIMALS) {
      this.fail(`the availability of "${name}" can have at most ${MAX_PERCENT_DECIMALS} decimal places.`, at);
    }
    this.skipSpace();
    if (this.text[this.pos] === '%') this.pos++;
    this.skipSpace();
    // "db:99,99)" would read as db:99 and an unnamed item of 99%: almost certainly a decimal comma, so it is
    // refused, and the message shows both ways to write it. After a decimal ("99.9,99") the comma can only
    // separate items.
    const decimals = percentText.includes('.') ? null : /^,\s*(\d+)\s*(?:[,)]|$)/.exec(this.text.slice(this.pos));
    if (decimals) {
      const [, digits] = decimals;
      this.fail(
        `use a point for decimals inside a model (${percentText}.${digits}, not ${percentText},${digits}): commas separate the items. For two items, write ${percentText}.0,${digits}.`,
      );
    }
    this.components++;
    if (this.components > MAX_MODEL_COMPONENTS) {
      this.fail(`a model can have at most ${MAX_MODEL_COMPONENTS} components.`, at);
    }
    return { kind: 'component', name, percentText };
  }

  group(keywordText: string, start: number, depth: number): GroupNode {
    const kind = GROUPS.find((g) => g === keywordText.toLowerCase());
    if (!kind) this.fail(`unknown group "${keywordText}": expected serial, parallel or kofn.`, start);
    if (depth > MAX_MODEL_DEPTH) this.fail(`groups can nest at most ${MAX_MODEL_DEPTH} deep.`, start);
    const open = this.pos;
    this.pos++; // '('
    let k = 0;
    if (kind === 'kofn') {
      this.skipSpace();
      const kText = this.read(INTEGER);
      if (kText === '') this.fail(`kofn needs a whole number first, how many items must be up, like kofn(2,a:99.9,b:99.9,c:99.9).`);
      k = Number(kText);
      this.skipSpace();
      if (this.text[this.pos] !== ',') this.fail(`expected "," after kofn(${kText}, but found ${this.found()}.`);
      this.pos++;
    }
    const children: AvailabilityModel[] = [this.node(depth)];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        children.push(this.node(depth));
      } else if (c === ')') {
        this.pos++;
        break;
      } else if (c === undefined) {
        this.fail(`missing ")" to close ${kind}( opened at column ${open + 1}.`);
      } else {
        this.fail(`expected "," or ")" in ${kind}(…), but found ${this.found()}.`);
      }
    }
    if (kind === 'kofn') {
      if (k < 1 || k > children.length) {
        this.fail(`kofn(${k}, …) has ${children.length} items, so k must be between 1 and ${children.length}.`, open + 1);
      }
      return { kind, k, children };
    }
    return { kind, children };
  }
}

/** Parses a model; errors name the column and what was expected there. */
export function parseAvailabilityModel(text: string): ModelParseResult {
  if (text.trim() === '') return { ok: false, message: `Enter a model, ${EXAMPLE}.`, column: 1 };
  if (text.length > MAX_MODEL_LENGTH) {
    return { ok: false, message: `The model is too long: at most ${MAX_MODEL_LENGTH} characters.`, column: MAX_MODEL_LENGTH + 1 };
  }
  const parser = new Parser(text);
  try {
    const value = parser.node(0);
    parser.skipSpace();
    if (parser.pos < text.length) {
      parser.fail(
        text[parser.pos] === ','
          ? 'a model has one outer item; wrap several in serial(…) or parallel(…).'
          : `unexpected ${parser.found()} after the end of the model.`,
      );
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ModelSyntaxError) return { ok: false, message: error.message, column: error.column };
    throw error;
  }
}

/** The canonical text form; parseAvailabilityModel(printAvailabilityModel(m)) equals m. */
export function printAvailabilityModel(model: AvailabilityModel): string {
  if (model.kind === 'component') return `${model.name}:${model.percentText}`;
  const items = model.children.map(printAvailabilityModel);
  if (model.kind === 'kofn') items.unshift(String(model.k));
  return `${model.kind}(${items.join(',')})`;
}

/** Components in reading order; their index identifies them, since names may repeat. */
export function modelComponents(model: AvailabilityModel): ComponentNode[] {
  return model.kind === 'component' ? [model] : model.children.flatMap(modelComponents);
}
