import { existsSync, readFileSync } from 'node:fs';
import { E2E_BASE_PATH } from './site';

/** Fails early, with a clear message, when dist/ is missing or was built for another base path. */
export default function globalSetup(): void {
  const index = 'dist/index.html';
  if (!existsSync(index)) {
    throw new Error('dist/ is missing. Run `npm run test:build` (or `npm test`) before the e2e suite.');
  }
  if (!readFileSync(index, 'utf8').includes(`href="${E2E_BASE_PATH}`)) {
    throw new Error(`dist/ was not built for ${E2E_BASE_PATH}. Run \`npm run test:build\` before the e2e suite.`);
  }
}
