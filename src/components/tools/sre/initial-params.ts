/** A tool's `initial` prop (inputs as URL parameters would give them) as URLSearchParams, leaving out unset ones. */
export function initialParams(initial: Readonly<Record<string, string | undefined>>): URLSearchParams {
  return new URLSearchParams(Object.entries(initial).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
