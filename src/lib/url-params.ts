/**
 * The one reader of tool state in the URL, so a result can be shared as a
 * link. Every parameter is validated with the same field parser the form
 * uses; a bad or tampered value falls back to the default and produces a
 * notice naming the parameter, never an error page.
 *
 * The policy, the same for every tool:
 * - a missing parameter takes its default silently;
 * - an invalid one takes its default, with a notice naming the parameter,
 *   the value (shortened) and what was used instead;
 * - a repeated one uses the first value, saying so;
 * - an unknown one (a typo, utm_source, …) changes nothing and is named in
 *   a notice, so a mistyped link never fails silently.
 *
 * The field parsers are the validation here rather than zod: this code runs
 * in the browser on every tool page, where even zod/mini would cost several
 * KB, and the parsers already give the learner-facing messages.
 */
import { showDirectionControls, type FieldResult } from './field';

export interface ParamNotice {
  /** The parameter's name, e.g. "slo". */
  param: string;
  /** A learner-facing sentence naming the parameter, the value and what was used instead. */
  message: string;
}

export interface ParsedParams<T> {
  values: T;
  notices: ParamNotice[];
}

/** Parses one raw value; the same parser the form field uses, so URL and typed values pass the same checks. */
export type FieldParser<T> = (raw: string) => FieldResult<T>;

const MAX_ECHO = 40;
const echo = (value: string): string => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);

/** Collects notices while reading one URL. */
export class ParamReader {
  readonly notices: ParamNotice[] = [];
  constructor(readonly params: URLSearchParams) {}

  has(name: string): boolean {
    return this.params.has(name);
  }

  /** The raw value (the first if repeated), or undefined when absent. */
  raw(name: string): string | undefined {
    const all = this.params.getAll(name);
    if (all.length > 1) this.notice(name, `The parameter ${name} appears ${all.length} times; using the first.`);
    return all[0];
  }

  /** Direction controls from the link are written out, so an echoed value cannot turn the sentence around. */
  notice(param: string, message: string): void {
    this.notices.push({ param, message: showDirectionControls(message) });
  }

  /** Explains an ignored value in one sentence. */
  ignore(param: string, value: string, reason: string, fallbackText: string): void {
    this.notice(param, `Ignored ${param}=${echo(value)} from the link: ${reason} Using ${fallbackText} instead.`);
  }

  /** Names every parameter outside `known`, once each. */
  unknown(known: readonly string[]): void {
    for (const name of new Set(this.params.keys())) {
      if (!known.includes(name)) this.notice(name, `Ignored ${echo(name)} from the link: this tool has no such setting.`);
    }
  }

  read<T>(name: string, parse: FieldParser<T>, fallback: T, fallbackText: string): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    this.ignore(name, value, parsed.message, fallbackText);
    return fallback;
  }
}

/**
 * A query string without the `?`. Like URLSearchParams, but leaves `,` and
 * `:` readable (both are allowed in a query), so a model or alert rows stay
 * legible in the address bar.
 */
export function searchString(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
}

/**
 * Reads a whole tool's parameters: `read` takes each known one from the
 * reader, then anything else in the URL is named in a notice.
 */
export function readParams<T>(search: URLSearchParams | string, known: readonly string[], read: (reader: ParamReader) => T): ParsedParams<T> {
  // A copy when given URLSearchParams: the reader only reads.
  const reader = new ParamReader(new URLSearchParams(search));
  const values = read(reader);
  reader.unknown(known);
  return { values, notices: reader.notices };
}

/** A number as the plain decimal the field parsers read back (no exponent, as String(1e-7) would give). */
export function decimalText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}
