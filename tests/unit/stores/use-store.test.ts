import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The browser build replaces the listenKeys that @nanostores/preact's useStore
 * imports with a stand-in that throws (astro.config.mjs, useStoreWithoutKeys),
 * which is only safe while no island passes useStore's `keys` option.
 */
const src = fileURLToPath(new URL('../../../src/', import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|astro)$/.test(entry.name) ? [path] : [];
  });

/** The argument text of every useStore(…) call, up to its closing parenthesis. */
function useStoreCalls(code: string): string[] {
  const calls: string[] = [];
  for (const match of code.matchAll(/\buseStore\(/g)) {
    let depth = 1;
    let end = (match.index ?? 0) + match[0].length;
    while (depth > 0 && end < code.length) {
      const c = code[end++];
      if (c === '(') depth += 1;
      if (c === ')') depth -= 1;
    }
    calls.push(code.slice((match.index ?? 0) + match[0].length, end - 1));
  }
  return calls;
}

describe('useStore without keys', () => {
  it('finds the calls it checks, argument and options included', () => {
    expect(useStoreCalls("const a = useStore($s, { ssr: 'initial' }); useStore(f(x), { keys: ['a'] })")).toEqual([
      "$s, { ssr: 'initial' }",
      "f(x), { keys: ['a'] }",
    ]);
  });

  it('no source file passes useStore a keys option', () => {
    const calls = sourceFiles(src).flatMap((file) => useStoreCalls(readFileSync(file, 'utf8')).map((args) => ({ file, args })));
    // Islands read stores through usePersisted (components/ui/use-persisted.ts), which calls useStore.
    expect(calls.some(({ file }) => /use-persisted\.ts$/.test(file))).toBe(true);
    expect(calls.filter(({ args }) => /\bkeys\b/.test(args))).toEqual([]);
  });
});
