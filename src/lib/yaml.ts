/**
 * A small YAML emitter for the exports (Prometheus rules, OpenSLO), so the
 * site ships no YAML library. Block style only, keys in insertion order.
 *
 * Quoting is conservative because the readers differ (Prometheus has used
 * YAML 1.1 parsers, where `yes`, `on` and `2001-12-14` are not strings):
 * a string is left plain only when it starts with a letter or `_` and uses
 * letters, digits, spaces, `_ . / -`, or when it is a duration like `28d`
 * or `1h30m`. Anything else is single-quoted, or double-quoted with escapes
 * when it holds control characters.
 */

export type YamlScalar = string | number | boolean | null;
export type YamlValue = YamlScalar | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

const PLAIN_WORD = /^[A-Za-z_][A-Za-z0-9_ ./-]*$/;
const DURATION = /^(?:\d+(?:ms|[smhdwyMQY]))+$/;
// Booleans and nulls in YAML 1.1 or 1.2, in any case.
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
// Characters YAML cannot carry in single quotes: C0 and C1 controls, DEL, line and paragraph separators, BOM.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

function isPlain(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (DURATION.test(text)) return true;
  return PLAIN_WORD.test(text) && !RESERVED.test(text);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0' };

function doubleQuoted(text: string): string {
  const body = text.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    const known = ESCAPES[c];
    if (known) return known;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

export function yamlString(text: string): string {
  if (isPlain(text)) return text;
  if (UNPRINTABLE.test(text)) return doubleQuoted(text);
  return `'${text.replace(/'/g, "''")}'`;
}

function scalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`YAML export got a non-finite number: ${value}`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  return yamlString(value);
}

const isScalar = (value: YamlValue): value is YamlScalar => value === null || typeof value !== 'object';

function entries(object: { readonly [key: string]: YamlValue | undefined }): [string, YamlValue][] {
  return Object.entries(object).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
}

function block(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (isScalar(value)) return [`${pad}${scalar(value)}`];
  if (Array.isArray(value)) {
    const items = value as readonly YamlValue[];
    return items.flatMap((item) => {
      if (isScalar(item)) return [`${pad}- ${scalar(item)}`];
      if (isEmpty(item)) return [`${pad}- ${Array.isArray(item) ? '[]' : '{}'}`];
      if (Array.isArray(item)) return [`${pad}-`, ...block(item, indent + 2)];
      // A mapping in a sequence starts on the dash's line.
      const lines = block(item, indent + 2);
      return [`${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
    });
  }
  return entries(value as { readonly [key: string]: YamlValue | undefined }).flatMap(([key, child]) => {
    const k = `${pad}${yamlString(key)}:`;
    if (isScalar(child)) return [`${k} ${scalar(child)}`];
    if (isEmpty(child)) return [`${k} ${Array.isArray(child) ? '[]' : '{}'}`];
    return [k, ...block(child, indent + 2)];
  });
}

function isEmpty(value: YamlValue): boolean {
  if (isScalar(value)) return false;
  if (Array.isArray(value)) return value.length === 0;
  return entries(value as { readonly [key: string]: YamlValue | undefined }).length === 0;
}

/** One YAML document, ending in a newline; `comments` become leading `#` lines. */
export function toYaml(value: YamlValue, comments: readonly string[] = []): string {
  const header = comments.flatMap((c) => c.split('\n')).map((line) => (line ? `# ${line}` : '#'));
  const body = isEmpty(value) ? [Array.isArray(value) ? '[]' : '{}'] : block(value, 0);
  return `${[...header, ...body].join('\n')}\n`;
}
