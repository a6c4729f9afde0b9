/**
 * Shareable URLs for the DORA tools, read once at the edge: the machinery the
 * two tools share (dora-params.ts, payback-params.ts).
 *
 * A missing parameter takes its default silently. A present but invalid one
 * (tampered or mistyped) also falls back to its default, with a notice naming
 * it; so do unknown and repeated parameters. Numbers must be plain decimals:
 * "1e2", "0x10", " 5" and "" are refused rather than coerced.
 *
 * Browser code runs this, so it validates with the same zod-free checks as
 * the form fields (answer-scale.ts, payback.ts) rather than with a schema.
 * One module per tool keeps each page's bundle to its own tool's code.
 */
import type { FieldResult } from '../field';

export interface ParsedParams<T> {
  value: T;
  /** One sentence per ignored parameter, for a notice above the tool. */
  notices: string[];
}

const DECIMAL_TEXT = /^\d+(\.\d+)?$/;

export type Parse<T> = (raw: string) => FieldResult<T>;
export const fail = (message: string) => ({ ok: false, message }) as const;

/** A plain decimal, then `check` on its value. */
export const decimal =
  <T>(message: string, check: (value: number) => FieldResult<T>): Parse<T> =>
  (raw) =>
    DECIMAL_TEXT.test(raw) ? check(Number(raw)) : fail(message);

function shown(value: string): string {
  const text = value.length > 30 ? `${value.slice(0, 30)}…` : value;
  return JSON.stringify(text);
}

/** Reads one parameter; on failure records a notice and returns undefined. */
export function readParam<T>(
  params: URLSearchParams,
  name: string,
  parse: Parse<T>,
  fallback: string,
  notices: string[],
): T | undefined {
  const all = params.getAll(name);
  const raw = all[0];
  if (raw === undefined) return undefined;
  if (all.length > 1) notices.push(`Parameter ${name} appears ${all.length} times; only the first is used.`);
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  notices.push(`Ignored ${name}=${shown(raw)}: ${lowerFirst(parsed.message).replace(/\.$/, '')}. Using ${fallback}.`);
  return undefined;
}

export function unknownParams(params: URLSearchParams, known: readonly string[], notices: string[]) {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.includes(name) && !seen.has(name)) {
      seen.add(name);
      notices.push(`Ignored unknown parameter ${shown(name)}.`);
    }
  }
}

export const toParams = (search: URLSearchParams | string) =>
  typeof search === 'string' ? new URLSearchParams(search) : search;

/** A number as the plain decimal the parser accepts (no exponent, as String(1e-7) would give). */
export function decimalText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
