import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The DORA islands must not ship zod (about 90 KB gzip against a 15 KB page
 * budget). Only schema modules, used by the content config and tests, may
 * import it; every other module here can end up in the browser.
 */
describe('src/lib/dora modules the islands load', () => {
  const dir = new URL('../../../src/lib/dora/', import.meta.url);
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('-schema.ts'));

  it.each(modules)('%s imports neither zod nor a schema module at run time', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8');
    const runtimeImports = [...code.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(runtimeImports.filter((spec) => spec === 'zod' || spec?.startsWith('zod/') || spec?.endsWith('-schema'))).toEqual([]);
  });
});
