import { useEffect, useRef, useState } from 'preact/hooks';

export interface UrlCodec<T> {
  /** Reads inputs from the query string; notices name each ignored parameter. */
  parse(search: URLSearchParams): { values: T; notices: string[] };
  /** Writes inputs back as a query string (without "?"). */
  serialize(values: T): string;
}

/**
 * Inputs that follow the URL. The first render uses `initial` (what the
 * server rendered, so hydration matches); right after, the URL is read, and
 * from then on every change is written back with history.replaceState so the
 * address is always a link to what the learner sees.
 */
export function useUrlState<T>(initial: T, codec: UrlCodec<T>, fallback?: () => T | undefined) {
  const [values, setValues] = useState<T>(initial);
  const [notices, setNotices] = useState<string[]>([]);
  const ready = useRef(false);

  useEffect(() => {
    const search = new URLSearchParams(location.search);
    if ([...search.keys()].length > 0) {
      const parsed = codec.parse(search);
      setValues(parsed.values);
      setNotices(parsed.notices);
    } else {
      const remembered = fallback?.();
      if (remembered !== undefined) setValues(remembered);
    }
    ready.current = true;
  }, []);

  useEffect(() => {
    if (!ready.current) return;
    const query = codec.serialize(values);
    const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  }, [values]);

  return [values, setValues, notices] as const;
}
