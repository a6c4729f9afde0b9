import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITED_ROWS, EDITED_SELECTORS, exportsFor, MATRIX, type Exports } from './promtool-cases';

/**
 * Prometheus's own tools on the burn rate planner's exports: `promtool check
 * rules` on each rules file, and `promtool test rules` on each unit test
 * file, which holds the page's time to fire against Prometheus's rule
 * evaluation, within one evaluation interval. promtool comes from
 * PROMTOOL_PATH, else PATH; without it these tests are skipped, except under
 * CI=true, where they fail.
 */

function findPromtool(): string | undefined {
  const explicit = process.env.PROMTOOL_PATH;
  const candidates = explicit ? [explicit] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'promtool'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const PROMTOOL = findPromtool();
const CI = process.env.CI === 'true';
const MISSING = `promtool not found in PROMTOOL_PATH or PATH; install it with \`apt-get install prometheus\` (Debian) or set PROMTOOL_PATH`;
if (!PROMTOOL && !CI) console.warn(`Skipping the promtool tests: ${MISSING}.`);
/** promtool test rules evaluates days of history once a minute: a few seconds a file. */
const TIMEOUT_MS = 600_000;

interface Run {
  ok: boolean;
  output: string;
  seconds: number;
}

// One promtool per CPU at a time; every run starts in beforeAll and each test awaits its own.
const slots = Math.max(1, availableParallelism());
const waiting: (() => void)[] = [];
let busy = 0;
async function promtool(args: string[], cwd: string): Promise<Run> {
  if (busy >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  const started = performance.now();
  try {
    return await new Promise<Run>((resolve) => {
      execFile(PROMTOOL!, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ ok: !error, output: `${stdout}${stderr}${error ? `\n${error.message}` : ''}`, seconds: (performance.now() - started) / 1000 }),
      );
    });
  } finally {
    busy--;
    waiting.shift()?.();
  }
}

/** The deliberately wrong rules: the first row's threshold doubled, so its alert fires a step too late for its test. */
const WRONG = `slo=99.9&window=30d&${EDITED_ROWS}&rate=100&${EDITED_SELECTORS}`;
const doubleFirstThreshold = (rules: string) => rules.replaceAll('(21.6 * 0.001)', '(43.2 * 0.001)');

it('promtool is installed (PROMTOOL_PATH, else PATH); CI=true requires it', (context) => {
  if (PROMTOOL) return;
  if (CI) throw new Error(`CI=true needs promtool: ${MISSING}.`);
  context.skip(MISSING);
});

describe.skipIf(!PROMTOOL)("Prometheus's promtool on the burn rate exports", () => {
  let dir = '';
  let started = 0;
  const runs = new Map<string, Promise<Run>>();

  function write(name: string, exports: Exports, rules = exports.rules): string {
    const folder = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(folder);
    writeFileSync(join(folder, exports.files.rules), rules);
    writeFileSync(join(folder, exports.files.tests), exports.tests);
    return folder;
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'promtool-'));
    started = performance.now();
    for (const { name, query } of MATRIX) {
      const exports = exportsFor(query);
      const folder = write(name, exports);
      runs.set(`check ${name}`, promtool(['check', 'rules', exports.files.rules], folder));
      runs.set(`test ${name}`, promtool(['test', 'rules', exports.files.tests], folder));
    }
    const wrong = exportsFor(WRONG);
    runs.set('wrong', promtool(['test', 'rules', wrong.files.tests], write('wrong threshold', wrong, doubleFirstThreshold(wrong.rules))));
  });

  afterAll(async () => {
    const done = await Promise.all(runs.values());
    const cpu = done.reduce((sum, run) => sum + run.seconds, 0);
    console.log(`promtool: ${runs.size} runs in ${((performance.now() - started) / 1000).toFixed(1)} s (${cpu.toFixed(1)} s of runs, ${slots} at a time)`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const { name } of MATRIX) {
    it(`${name}: promtool check rules passes`, async () => {
      const run = await runs.get(`check ${name}`)!;
      expect(run.ok, run.output).toBe(true);
      expect(run.output).toMatch(/SUCCESS: \d+ rules found/);
    }, TIMEOUT_MS);

    it(`${name}: promtool test rules passes (every row fires within 1m of its time to fire + for:)`, async () => {
      const run = await runs.get(`test ${name}`)!;
      expect(run.ok, run.output).toBe(true);
      expect(run.output).toContain('SUCCESS');
    }, TIMEOUT_MS);
  }

  it('fails when one row of the rules has the wrong threshold: 43.2 × 0.1% instead of 21.6 fires after its "firing by" check', async () => {
    const wrong = exportsFor(WRONG);
    expect(doubleFirstThreshold(wrong.rules)).not.toBe(wrong.rules);
    const run = await runs.get('wrong')!;
    expect(run.ok).toBe(false);
    // 1.5% of 30 days in 30m at a full outage: 38.88 s, + for: 2m + 1m, after a day of history.
    expect(run.output).toMatch(/alertname: CartApiErrorBudgetBurn, time: 1d3m38s880ms,\s+exp:\[\s+0:\s+Labels:\{[^}]*long_window="30m"[^]*?got:\[\]/);
  }, TIMEOUT_MS);
});
