import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageWeight, gzipBytes } from '../e2e/weights';
const pages = (process.env.PAGES ?? '').split(',');
test('w', () => {
  for (const p of pages) { const w = pageWeight(p); console.log('##', p, (w.js/1024).toFixed(2), (w.lazyJs/1024).toFixed(2));
    for (const f of w.jsFiles) console.log('   ', f.split('/').pop(), (gzipBytes(readFileSync('dist'+f.replace('/flow-and-stability', '')))/1024).toFixed(2));
    for (const f of w.lazyJsFiles) console.log('  lazy', f.split('/').pop(), (gzipBytes(readFileSync('dist'+f.replace('/flow-and-stability', '')))/1024).toFixed(2));
  }
});
