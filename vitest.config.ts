import { defineConfig } from 'vitest/config';

// Unit and property tests cover src/lib only: pure TypeScript, no Astro, no DOM.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
