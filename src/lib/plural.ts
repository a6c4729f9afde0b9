/**
 * A count and its noun, agreeing with the number as the reader sees it:
 * counted('1', 'request') → "1 request", counted('1.5', 'week') → "1.5 weeks",
 * counted('1,000', 'row') → "1,000 rows". Pass the number already formatted,
 * so that 0.96 shown as "1" reads "1 hour".
 */
export const counted = (shown: string, one: string, many = `${one}s`): string => `${shown} ${shown === '1' ? one : many}`;
