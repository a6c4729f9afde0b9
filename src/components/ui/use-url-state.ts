import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParsedParams } from '../../lib/url-params';

export interface UrlCodec<T> {
  /** Reads inputs from the query string with the one URL reader (lib/url-params.ts); notices name each ignored parameter. */
  parse(search: URLSearchParams): ParsedParams<T>;
  /**
   * Writes inputs back as a query string (without "?"). Null leaves the
   * address as it is: while a field is invalid, the link keeps pointing at
   * the last valid inputs, which are the ones the page still shows.
   */
  serialize(values: T): string | null;
}

export interface UrlStateOptions {
  /**
   * Parameters to assume where the URL has none of that name, such as the
   * SLO the learner last used. They may arrive after the first render
   * (stores hydrate late); the inputs are read again when they do, from the
   * address the page was opened with, unless the learner has typed since.
   */
  defaults?: Readonly<Record<string, string>>;
  /** False for a copy embedded in a lesson: inputs come from props and the address is left alone. */
  enabled?: boolean;
}

/**
 * Inputs that follow the URL. The first render uses `initial` (what the
 * server rendered, so hydration matches); right after, the URL is read, and
 * from then on every change is written back with history.replaceState so the
 * address is always a link to what the learner sees.
 */
export function useUrlState<T>(initial: T, codec: UrlCodec<T>, { defaults, enabled = true }: UrlStateOptions = {}) {
  const [values, setValues] = useState<T>(initial);
  const [notices, setNotices] = useState<string[]>([]);
  const ready = useRef(false);
  const touched = useRef(false);
  // The address as opened: later reads must not see what this hook wrote back.
  const opened = useRef<string | null>(null);
  const defaultsKey = defaults ? JSON.stringify(defaults) : '';

  useEffect(() => {
    if (!enabled || touched.current) return;
    opened.current ??= location.search;
    const search = new URLSearchParams(opened.current);
    const own = [...search.keys()].length > 0;
    for (const [name, value] of Object.entries(defaults ?? {})) if (!search.has(name)) search.set(name, value);
    if (own || defaults) {
      const parsed = codec.parse(search);
      setValues(parsed.values);
      setNotices(parsed.notices.map((notice) => notice.message));
    }
    ready.current = true;
  }, [defaultsKey]);

  useEffect(() => {
    if (!ready.current) return;
    const query = codec.serialize(values);
    if (query === null) return;
    const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  }, [values]);

  /** For the learner's edits: once they type, late defaults no longer replace their inputs. */
  const update = (next: T | ((previous: T) => T)) => {
    touched.current = true;
    setValues(next);
  };

  return [values, update, notices] as const;
}

/**
 * The codec of a tool whose state is its form as typed: the URL is read with
 * the tool's params reader into valid inputs, shown as form text; the form is
 * written back only while it checks out (so the link keeps pointing at the
 * last valid inputs, the ones the page still shows).
 */
export function formCodec<V, F>(
  read: (search: URLSearchParams) => ParsedParams<V>,
  formFrom: (values: V) => F,
  check: (form: F) => { values: V | null },
  write: (values: V) => string,
): UrlCodec<F> {
  return {
    parse(search) {
      const { values, notices } = read(search);
      return { values: formFrom(values), notices };
    },
    serialize(form) {
      const { values } = check(form);
      return values ? write(values) : null;
    },
  };
}

/** A tool's `initial` prop (its URL parameters, as a shared link or a lesson gives them) as URLSearchParams, leaving out unset ones. */
export function initialParams(initial: Readonly<Record<string, string | undefined>>): URLSearchParams {
  return new URLSearchParams(Object.entries(initial).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * The one form-state mechanism of every tool: form text that starts from the
 * `initial` parameters (read with the tool's own URL codec, so a lesson's
 * inputs pass the same checks as a link), follows the page's URL unless the
 * tool is embedded in a lesson, and is changed field by field with `update`.
 * Pair it with the tool's check function and useLastValid (ui/use-last-valid.ts)
 * to show the last valid result, marked stale, while a field is invalid.
 */
export function useToolForm<F>(codec: UrlCodec<F>, initial: Readonly<Record<string, string | undefined>>, embedded: boolean, options: Omit<UrlStateOptions, 'enabled'> = {}) {
  const [start] = useState(() => codec.parse(initialParams(initial)).values);
  const [form, setForm, notices] = useUrlState(start, codec, { ...options, enabled: !embedded });
  const update = (patch: Partial<F>) => setForm((current) => ({ ...current, ...patch }));
  return { form, update, notices };
}
