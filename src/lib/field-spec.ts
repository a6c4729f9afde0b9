/**
 * A tool's inputs, each stated once: its URL parameter (which is also its
 * key in the form and in the form's messages), the parser from text to value
 * or message, the formatter from value back to that text, and the default.
 * From that one spec come the URL reader, the URL writer, the form as text
 * and the form's check (`toolFields`), so a parameter cannot read one way
 * from a link and another way when typed. Checks across fields (bad time
 * within the window, a canary's detection within the SLO window) stay in the
 * tool, as a function run after these.
 */
import type { FieldResult } from './field';
import { take, type FieldErrors, type FormCheck } from './form';
import { readParams, searchString, type ParamReader, type ParsedParams } from './url-params';

export interface FieldSpec<V, I> {
  /** The input this field sets, when not named like its parameter ("windowSeconds" for `window`). */
  key?: keyof I & string;
  /**
   * Text (typed, or from a link) to a value or a learner-facing message.
   * `values` holds the fields before this one: from a link each is valid (a
   * bad one took its default); from the form an invalid one is null.
   */
  parse(text: string, values: Partial<Record<keyof I, any>>): FieldResult<V>;
  /** A value as the text `parse` reads back, for the form and the link. */
  format(value: V): string;
  /** Used when a link leaves the parameter out or gives a bad value; a function of the fields before it if it depends on them. */
  fallback: V | ((values: I) => V);
  /** How a notice names the default, when not as `format` writes it ("99.9%", "the default, 15"). */
  shown?: (text: string) => string;
  /** Whether the link carries this parameter (by default always): release risk writes a canary's share only for a canary. */
  linked?: (values: I) => boolean;
}

/** A tool's fields in the order its link writes them; each key is the URL parameter and the form field's name. */
export type FieldsSpec<I> = Record<string, FieldSpec<any, I>>;

/** What the spec gives a tool: the four halves formCodec (ui/use-url-state.ts) joins into the tool's URL state. */
export interface ToolFields<I, F> {
  /** The link's parameters as inputs: a missing one takes its default, a bad one too, with a notice (url-params.ts). */
  read(search: URLSearchParams | string): ParsedParams<I>;
  /** The same from a reader, for a tool that reads more after these (budget status: bad time or request counts). */
  readFrom(reader: ParamReader): I;
  /** The link's query string, without "?". */
  write(values: I): string;
  /** The form as text, each field as its formatter writes it. */
  formFrom(values: I): F;
  /**
   * The inputs while every field reads; a message under each field's name
   * that does not. `values` receives every field, null where invalid, for a
   * tool that checks more fields against these (budget status's bad time).
   */
  check(form: F, errors?: FieldErrors, values?: { [K in keyof I]?: I[K] | null }): FormCheck<I>;
}

/** `more` names parameters read elsewhere on the page (the burn rate exports), so they are not "unknown". */
export function toolFields<I, F>(spec: FieldsSpec<I>, more: readonly string[] = []): ToolFields<I, F> {
  const list = Object.entries(spec);
  const key = ([name, field]: (typeof list)[number]) => (field.key ?? name) as keyof I;
  const texts = (values: I) => list.map((entry): [string, string] => [entry[0], entry[1].format(values[key(entry)])]);
  const readFrom = (reader: ParamReader) => {
    const values = {} as I;
    for (const entry of list) {
      const { parse, format, fallback, shown = String } = entry[1];
      const used = typeof fallback == 'function' ? fallback(values) : fallback;
      values[key(entry)] = reader.read(entry[0], (text) => parse(text, values), used, shown(format(used)));
    }
    return values;
  };
  return {
    read: (search) => readParams(search, [...Object.keys(spec), ...more], readFrom),
    readFrom,
    write: (values) => searchString(texts(values).filter((_, i) => list[i]![1].linked?.(values) ?? true)),
    formFrom: (values) => Object.fromEntries(texts(values)) as F,
    check(form, errors = {}, values = {}) {
      let valid = true;
      for (const entry of list) valid = ((values as I)[key(entry)] = take(errors, entry[0], entry[1].parse((form as Record<string, string>)[entry[0]]!, values))) !== null && valid;
      return { values: valid ? (values as I) : null, errors };
    },
  };
}
