import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What each tool's island can load, followed through its run-time imports
 * (static, re-exports and dynamic ones) from the source. Pages pay for whole
 * modules, so a module a tool never runs must stay out of its graph; these
 * checks keep the splits that took them out (see docs/ARCHITECTURE.md,
 * "Keeping pages within their JavaScript budget").
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((file) => existsSync(file) && /\.tsx?$/.test(file)) ?? null;
}

function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specs = [
      ...[...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? ''),
      ...[...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? ''),
    ];
    for (const spec of specs) {
      const resolved = resolveImport(file, spec);
      if (resolved) queue.push(resolved);
    }
  }
  return new Set([...seen].map((file) => relative(root, file).replaceAll('\\', '/')));
}

const SRE_TOOLS = ['ErrorBudgetTool', 'BudgetStatusTool', 'AvailabilityTool', 'BurnRateTool'];

describe('modules each tool page can load', () => {
  it('the graph follows static, re-exported and dynamic imports (the payback island reaches its lazily loaded result)', () => {
    const graph = moduleGraph('src/components/tools/PaybackTool.tsx');
    expect(graph).toContain('src/components/ui/use-url-state.ts');
    expect(graph).toContain('src/components/tools/toil/PaybackResult.tsx');
  });

  it.each(['PaybackTool', 'DoraTool'])('%s loads neither the duration parser nor the exact arithmetic (its durations are only shown)', (tool) => {
    const graph = moduleGraph(`src/components/tools/${tool}.tsx`);
    expect([...graph].filter((file) => file === 'src/lib/duration.ts' || file === 'src/lib/ratio.ts')).toEqual([]);
  });

  it('the availability tool does not load the duration parser: it reads no typed duration', () => {
    expect(moduleGraph('src/components/tools/AvailabilityTool.tsx')).not.toContain('src/lib/duration.ts');
  });

  it.each(SRE_TOOLS)('%s does not load the fixed-decimal formats only the DORA and payback results use', (tool) => {
    expect(moduleGraph(`src/components/tools/${tool}.tsx`)).not.toContain('src/lib/format-rounded.ts');
  });
});
