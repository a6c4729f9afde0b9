/**
 * A `promtool test rules` file for the rules export-prometheus.ts writes, so
 * that Prometheus's own rule evaluation checks the planner's time to fire.
 *
 * Each test feeds the rules synthetic counters of the learner's selectors: no
 * failures for as long as the longest window, then a steady error ratio (every
 * request failing; then the page's simulated rate). For each row it checks
 * that the alert is firing at time to fire + `for:` + one evaluation interval
 * and not yet at time to fire + `for:` − one interval: Prometheus evaluates
 * once an interval and estimates each window from its samples, so it may
 * differ from the exact figure by up to one interval either way.
 *
 * promtool compares every firing alert with the same name, labels and
 * annotations, including the error ratio the description shows. The other
 * rows' alerts at each checked time, and those ratios, come from a model of
 * rate() over the same samples (extrapolatedRate in Prometheus's
 * promql/functions.go); a check whose answer the model cannot give for sure
 * (a ratio on a threshold, a percentage on a rounding edge) moves one
 * interval away from the edge, and the file says so.
 *
 * Samples are written only where the checked evaluations read them, since
 * rate() uses the first and last sample in its window: days of history
 * evaluate in seconds, and no sample sits on a window's start, where
 * Prometheus 2 (ranges include their start) and 3 (they leave it out) differ.
 */
import { alertPolicyEvaluation } from './alert-policy';
import { formatDurationCompact } from './duration-compact';
import { prometheusFileNames } from './export-inputs';
import { prometheusRuleGroup, RATIO_TEMPLATE, type PrometheusExportInput, type PrometheusRuleGroup } from './export-prometheus';
import { formatPercent } from '../../format';
import { toYaml, type YamlValue } from '../../yaml';

export interface PromtoolTestInput extends PrometheusExportInput {
  /** The page's simulated error ratio (0–1), tested after a full outage. */
  errorRatio: number;
}

/** How often the tests evaluate the rules, and so the margin of every check. */
export const EVALUATION_INTERVAL_SECONDS = 60;
const STEP = EVALUATION_INTERVAL_SECONDS;
/** How far a check may move away from a threshold edge before it is left out. */
const MAX_SHIFT_STEPS = 5;

type Labels = Record<string, string>;
export interface Matcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };
const MATCHER = /\s*([a-zA-Z_]\w*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)\s*(?:,|$)/y;

/** A PromQL string literal's value; undefined for an escape this reader does not know. */
function unquote(literal: string): string | undefined {
  const body = literal.slice(1, -1);
  if (literal[0] === '`') return body;
  let known = true;
  const text = body.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? ((known = false), ''));
  return known ? text : undefined;
}

/** `name{label="value",…}` as matchers, the name as `__name__`; undefined when it is not that plain. */
export function selectorMatchers(selector: string): Matcher[] | undefined {
  const parts = /^([a-zA-Z_:][\w:]*)?\s*(?:\{(.*)\})?$/s.exec(selector.trim());
  if (!parts) return undefined;
  const matchers: Matcher[] = parts[1] ? [{ name: '__name__', op: '=', value: parts[1] }] : [];
  const body = (parts[2] ?? '').trim();
  MATCHER.lastIndex = 0;
  while (MATCHER.lastIndex < body.length) {
    const m = MATCHER.exec(body);
    const value = m ? unquote(m[3]!) : undefined;
    if (!m || value === undefined) return undefined;
    matchers.push({ name: m[1]!, op: m[2] as Matcher['op'], value });
  }
  return matchers;
}

const CLASS_PICKS = ['0', 'a', '_', 'A', '-', '.', ' '];
const CLASS_ESCAPES: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

/**
 * A short string a (fully anchored, RE2) regex matches: the first
 * alternative, the fewest repeats, `0` for `.`. Undefined for what this
 * does not read (flags, look-arounds, Unicode classes), and checked with
 * JavaScript's engine, which reads this subset as RE2 does.
 */
export function regexExample(re: string): string | undefined {
  if (/\\[^\WdwsDWS]|\[:/.test(re)) return undefined;
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(re);
  };
  const alternatives = (): string => {
    const first = sequence();
    while (re[i] === '|') {
      i++;
      sequence();
    }
    return first;
  };
  const sequence = (): string => {
    let out = '';
    while (i < re.length && re[i] !== '|' && re[i] !== ')') {
      const piece = atom();
      const q = /^(?:([*?])|\+|\{(\d+)(?:,\d*)?\})\??/.exec(re.slice(i));
      if (q) i += q[0].length;
      out += q ? piece.repeat(q[1] ? 0 : Number(q[2] ?? 1)) : piece;
    }
    return out;
  };
  const atom = (): string => {
    const c = re[i++]!;
    if (c === '(') {
      if (re[i] === '?') (re[i + 1] === ':' ? (i += 2) : fail());
      const inner = alternatives();
      return re[i++] === ')' ? inner : fail();
    }
    if (c === '[') {
      const body = /^\^?\]?(?:\\.|[^\]\\])*\]/.exec(re.slice(i))?.[0] ?? fail();
      i += body.length;
      const set = new RegExp(`[${body}`);
      return [body.replace(/^\^/, '')[0]!, ...CLASS_PICKS].find((ch) => ch !== '\\' && set.test(ch)) ?? fail();
    }
    if (c === '\\') {
      const escaped = re[i++] ?? fail();
      return CLASS_ESCAPES[escaped] ?? escaped;
    }
    if (c === '.') return '0';
    if (c === '^' || c === '$') return '';
    return '*+?'.includes(c) ? fail() : c;
  };
  try {
    const example = alternatives();
    return i === re.length && fullMatch(re, example) ? example : undefined;
  } catch {
    return undefined;
  }
}

const fullMatch = (re: string, text: string) => new RegExp(`^(?:${re})$`).test(text);

/** Whether a series with these labels is selected; a missing label reads as "". */
export const selects = (matchers: readonly Matcher[], labels: Labels): boolean =>
  matchers.every(({ name, op, value }) => {
    const actual = labels[name] ?? '';
    return (op[1] === '~' ? fullMatch(value, actual) : actual === value) === (op[0] === '=');
  });

/** One series (name and labels) the matchers select, named `name` if they leave the name open. */
function seriesFor(matchers: readonly Matcher[], name: string): Labels | undefined {
  const labels: Labels = { __name__: name };
  for (const { name: label } of matchers) {
    const own = matchers.filter((m) => m.name === label);
    const candidates = own.map((m) => (m.op === '=' ? m.value : m.op === '=~' ? regexExample(m.value) : undefined));
    const value = [...candidates, '', 'x'].find((v) => v !== undefined && selects(own, { [label]: v }));
    if (value === undefined) return undefined;
    if (value) labels[label] = value;
    else delete labels[label];
  }
  return /^[a-zA-Z_:][\w:]*$/.test(labels.__name__ ?? '') && selects(matchers, labels) ? labels : undefined;
}

/** The labels with one set to `value`, or removed when it is empty. */
const withLabel = (labels: Labels, name: string, value: string): Labels => {
  const { [name]: _, ...rest } = labels;
  return value ? { ...rest, [name]: value } : rest;
};

export interface SyntheticSeries {
  /** Selected by the error selector (and, when `shared`, by the total selector too). */
  errors: Labels;
  /** Selected by the total selector only: successes when `shared`, else every request. */
  others: Labels;
  /** Whether the total selector also counts the error series, as with one metric and a `code` label. */
  shared: boolean;
}

/** Concrete series for the two selectors, or why there are none. */
export function syntheticSeries(errorSelector: string, totalSelector: string): SyntheticSeries | string {
  const errorMatchers = selectorMatchers(errorSelector);
  const totalMatchers = selectorMatchers(totalSelector);
  if (!errorMatchers || !totalMatchers) {
    return `the ${errorMatchers ? 'total' : 'error'} selector is not a plain metric{label="value",…} selector this generator can read`;
  }
  try {
    const totalName = totalMatchers.find((m) => m.name === '__name__' && m.op === '=')?.value ?? 'http_requests_total';
    const errors = seriesFor(errorMatchers, totalName);
    if (!errors) return 'no series name and labels satisfy every matcher of the error selector';
    const shared = selects(totalMatchers, errors);
    const others = shared
      ? errorMatchers
          .flatMap((m) => ['200', ''].map((v) => withLabel(errors, m.name, v)))
          .find((labels) => labels.__name__ && selects(totalMatchers, labels) && !selects(errorMatchers, labels))
      : seriesFor(totalMatchers, errors.__name__!);
    if (!others || selects(errorMatchers, others)) return 'the total selector selects no series that the error selector leaves out';
    return { errors, others, shared };
  } catch {
    return 'a regex matcher is not one this generator can read';
  }
}

/** `name{a="b",…}` as a series in promtool's input. */
const seriesText = ({ __name__: name, ...labels }: Labels) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;

/**
 * Go's `%.4g`, as Prometheus's humanizePercentage formats: 4 significant
 * digits, no trailing zeros, e±dd outside 1e-4…1e4. On an exact tie (12345)
 * Go rounds to even and JavaScript up, so callers keep away from ties.
 */
export function goFormat4g(x: number): string {
  if (x === 0) return '0';
  const [mantissa, e] = x.toExponential(3).split('e') as [string, string];
  const exponent = Number(e);
  const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exponent < -4 || exponent >= 4) return `${trim(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return trim(x.toFixed(3 - exponent));
}

/** The fewest requests per sample (100 or a power of ten above) that make `errorRatio` of them whole. */
function requestsPerSample(errorRatio: number): [total: number, failed: number] | undefined {
  for (let total = 100; total <= 1e9; total *= 10) {
    const failed = Math.round(errorRatio * total);
    if (Math.abs(failed - errorRatio * total) < 1e-6) return [total, failed];
  }
  return undefined;
}

/**
 * rate() over a counter sampled at `times` (seconds, sorted), as Prometheus
 * computes it (extrapolatedRate in promql/functions.go, 2.x and 3.x): the
 * increase from the first to the last sample in the window, extrapolated to
 * the window's edges when they lie within 1.1 average sample intervals, else
 * by half an interval, and never back past the counter's zero. `closed`
 * counts a sample on the window's start, as Prometheus 2 does; 3 leaves it out.
 */
export function modelRate(times: readonly number[], counter: (s: number) => number, t: number, w: number, closed: boolean): number | undefined {
  const first = firstIndex(times, t - w, closed);
  const last = firstIndex(times, t, false) - 1;
  if (last - first < 1) return undefined;
  const [t0, t1] = [times[first]!, times[last]!];
  const v0 = counter(t0);
  const increase = counter(t1) - v0;
  const sampled = t1 - t0;
  const average = sampled / (last - first);
  let toStart = t0 - (t - w);
  if (increase > 0 && v0 >= 0) toStart = Math.min(toStart, sampled * (v0 / increase));
  const edge = (d: number) => (d < average * 1.1 ? d : average / 2);
  return (increase * ((sampled + edge(toStart) + edge(t - t1)) / sampled)) / w;
}

/** The index of the first time above x (or at it, when `closed`). */
function firstIndex(times: readonly number[], x: number, closed: boolean): number {
  let [lo, hi] = [0, times.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closed ? times[mid]! >= x : times[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The sample times the evaluations at `steps` read: each step's own (the
 * window's last sample) and, for every window, the first sample time after
 * its start. With samples every half interval that one is off the
 * evaluation grid, so no sample sits on a window's start.
 */
export function sampleTimes(steps: readonly number[], windows: readonly number[], spacing: number): number[] {
  const needed = new Set<number>();
  for (const t of steps) {
    needed.add(t);
    for (const w of windows) needed.add((Math.floor((t - w) / spacing) + 1) * spacing);
  }
  // A window reaching back past the first sample starts before every sample.
  return [...needed].filter((s) => s >= 0).sort((a, b) => a - b);
}

interface Check {
  /** Seconds after the outage starts, as stated; eval_time is the start plus this. */
  at: number;
  /** The rule (index) this check is about and what it must be, from the page's figures; none for "nothing fires yet". */
  rule?: number;
  firing?: boolean;
  /** Set when the check had to move away from an edge. */
  movedFrom?: number;
}

interface Scenario {
  errorRatio: number;
  title: string;
  /** The outage's start, after a healthy history as long as the longest window; on an evaluation. */
  start: number;
  /** Seconds between samples. */
  spacing: number;
  /** Requests per sample. */
  total: number;
}

/** One test group: the counters, and a check before and after each row's time to fire. */
function scenarioTest(input: PromtoolTestInput, rules: PrometheusRuleGroup['rules'], series: SyntheticSeries, scenario: Scenario): { test: YamlValue; lines: string[] } {
  const { errorRatio, start, spacing, total } = scenario;
  const failed = Math.round(errorRatio * total);
  // Requests per sample before and after the outage starts: failed ones, and the others the total selector counts.
  const counters = ([[0, failed], [total, series.shared ? total - failed : total]] as const).map(
    ([before, after]) => (s: number) => (Math.min(s, start) * before + Math.max(0, s - start) * after) / spacing,
  );
  const evaluation = alertPolicyEvaluation(input.slo, input.windowSeconds, input.rows, errorRatio);
  if (!evaluation.ok) throw new RangeError(evaluation.problems.map((p) => p.message).join(' '));
  const timeToFire = rules.map((r) => evaluation.value.rows[input.rows.indexOf(r.row.row)]?.timeToFireSeconds ?? null);
  // A rate exactly on a row's threshold never fires by the table (the rule compares with >), but in
  // Prometheus the ratio of two counters' rates may land a rounding error above it: not checked either way.
  const onThreshold = (k: number) => Math.abs(errorRatio - rules[k]!.row.errorRatioThreshold) <= 1e-12 * errorRatio;

  const checks: Check[] = [{ at: 0 }];
  rules.forEach((rule, k) => {
    const t = timeToFire[k];
    if (onThreshold(k)) return;
    if (t === null || t === undefined) {
      // Below its threshold a row stays quiet even once its long window holds nothing but the outage.
      checks.push({ at: rule.row.row.longWindowSeconds + STEP, rule: k, firing: false });
    } else {
      // To the millisecond, as durations are written; rounded away from the edge.
      checks.push({ at: Math.max(0, Math.floor((t + rule.forSeconds - STEP) * 1000 + 1e-6) / 1000), rule: k, firing: false });
      checks.push({ at: Math.ceil((t + rule.forSeconds + STEP) * 1000 - 1e-6) / 1000, rule: k, firing: true });
    }
  });

  const windows = rules.flatMap((r) => [r.row.row.longWindowSeconds, r.row.shortWindowSeconds]);
  const longestFor = Math.max(...rules.map((r) => r.forSeconds));
  const stepOf = (c: Check) => start + Math.floor(c.at / STEP) * STEP;
  let times: number[] = [];
  const ratio = (t: number, w: number, closed: boolean): number | undefined => {
    const [errors, others] = counters.map((counter) => modelRate(times, counter, t, w, closed));
    if (errors === undefined || others === undefined) return undefined;
    return errors / (series.shared ? errors + others : others);
  };
  // Whether rule k's alert is firing after the evaluation at t (its condition held through for:); undefined when unsure.
  const firingAt = (k: number, t: number): boolean | undefined => {
    const { row, threshold, forSeconds } = rules[k]!;
    const [closed, open] = [true, false].map((closed) => {
      let firing = true;
      for (let s = t - forSeconds; s <= t; s += STEP) {
        const ratios = [row.row.longWindowSeconds, row.shortWindowSeconds].map((w) => ratio(s, w, closed));
        if (ratios.some((r) => r !== undefined && Math.abs(r - threshold) <= threshold * 1e-9)) return undefined;
        firing &&= ratios.every((r) => r !== undefined && r > threshold);
      }
      return firing;
    });
    return closed === open ? closed : undefined;
  };
  // The description's `$value | humanizePercentage`: the long window's ratio; undefined on a rounding edge.
  const shownRatio = (k: number, t: number): string | undefined => {
    const texts = [true, false].flatMap((closed) => {
      const r = ratio(t, rules[k]!.row.row.longWindowSeconds, closed) ?? NaN;
      return [r * (1 - 1e-9), r * (1 + 1e-9)].map((x) => `${goFormat4g(x * 100)}%`);
    });
    return texts.every((text) => text === texts[0]) ? texts[0] : undefined;
  };
  // Every rule's alert at a check, with its shown ratio; undefined when any is unsure.
  const expected = (c: Check) => {
    const t = stepOf(c);
    const alerts: YamlValue[] = [];
    for (let k = 0; k < rules.length; k++) {
      const firing = k === c.rule ? c.firing : firingAt(k, t);
      if (firing === undefined) return undefined;
      if (!firing) continue;
      const shown = shownRatio(k, t);
      if (shown === undefined) return undefined;
      const { labels, annotations } = rules[k]!.rule;
      alerts.push({ exp_labels: labels, exp_annotations: { ...annotations, description: annotations.description!.replace(RATIO_TEMPLATE, shown) } });
    }
    return alerts;
  };
  // A check on an edge moves one interval away from it (earlier for "not yet", later for "firing"), a few times at most.
  let answers: (YamlValue[] | undefined)[] = [];
  for (let round = 0; round <= MAX_SHIFT_STEPS; round++) {
    const steps = checks.flatMap((c) => Array.from({ length: longestFor / STEP + 1 }, (_, j) => stepOf(c) - j * STEP));
    times = sampleTimes(steps, windows, spacing);
    answers = checks.map(expected);
    if (answers.every((a) => a !== undefined) || round === MAX_SHIFT_STEPS) break;
    checks.forEach((c, j) => {
      if (answers[j] !== undefined) return;
      c.movedFrom ??= c.at;
      c.at = Math.max(0, (Math.floor(c.at / STEP) + (c.firing ? 1 : -1)) * STEP);
    });
  }

  const evalTime = (c: Check) => formatDurationCompact(start + c.at);
  const lines = [`Test: ${scenario.title}, from ${formatDurationCompact(start)}.`];
  rules.forEach((rule, k) => {
    const { row } = rule.row;
    const t = timeToFire[k];
    const name = `  Row ${input.rows.indexOf(row) + 1} (${row.severity}, ${formatPercent(row.budgetFraction)} in ${formatDurationCompact(row.longWindowSeconds)})`;
    const said = checks
      .filter((c) => c.rule === k)
      .map((c) => {
        const unsure = answers[checks.indexOf(c)] === undefined;
        const time = formatDurationCompact(start + (unsure ? (c.movedFrom ?? c.at) : c.at));
        const note = unsure
          ? ' is not checked: other alerts are on an edge there'
          : c.movedFrom === undefined
            ? ''
            : ` (moved from ${formatDurationCompact(start + c.movedFrom)}: another alert is on an edge there)`;
        return `${c.firing ? 'firing by' : t === null ? 'not firing at' : 'not yet firing at'} ${time}${note}`;
      })
      .join(', ');
    if (onThreshold(k)) lines.push(`${name} is exactly on its threshold; the rule fires only above it (>), so float rounding decides: not checked.`);
    else if (t === null || t === undefined) lines.push(`${name} never fires at or below ${formatPercent(rule.row.errorRatioThreshold)}: ${said}, with both windows full.`);
    else lines.push(`${name} fires after ${formatDurationCompact(t)}${rule.forSeconds ? ` + for: ${formatDurationCompact(rule.forSeconds)}` : ''}: ${said}.`);
  });

  const test = {
    name: `${scenario.title} from ${formatDurationCompact(start)}`,
    interval: formatDurationCompact(spacing),
    input_series: counters.map((counter, s) => ({
      series: seriesText(s ? series.others : series.errors),
      values: valuesText(times.map((t) => t / spacing), (k) => counter(k * spacing), start / spacing),
    })),
    alert_rule_test: checks
      .map((c, j) => ({ c, alerts: answers[j] }))
      .filter((x): x is { c: Check; alerts: YamlValue[] } => x.alerts !== undefined)
      .sort((a, b) => a.c.at - b.c.at)
      .map(({ c, alerts }) => ({ eval_time: evalTime(c), alertname: rules[0]!.rule.alert, exp_alerts: alerts }))
      // Rows with the same time to fire ask the same question.
      .filter((test, j, all) => j === 0 || JSON.stringify(test) !== JSON.stringify(all[j - 1])),
  };
  return { test, lines };
}

/** The test file as YAML; it names the rules file as the page does, and should sit beside it. */
export function promtoolTestYaml(input: PromtoolTestInput): string {
  const files = prometheusFileNames(input.serviceName);
  const { rules } = prometheusRuleGroup(input);
  const header = [
    `Unit tests for ${files.rules}: ${input.serviceName}, ${input.slo.percentText}% over ${formatDurationCompact(input.windowSeconds)}. Generated by Flow & Stability.`,
    `Run beside it: promtool test rules ${files.tests}`,
  ];
  const document = (tests: YamlValue[]) => toYaml({ rule_files: [files.rules], evaluation_interval: formatDurationCompact(STEP), tests }, header);
  const series = syntheticSeries(input.errorSelector, input.totalSelector);
  if (typeof series === 'string') {
    header.push(`No tests: ${series}. Selectors like http_requests_total{job="checkout",code=~"5.."} get them.`);
    return document([]);
  }
  if (rules.length === 0) {
    header.push('No tests: no row can fire at this SLO, so the rules file has no rules.');
    return document([]);
  }
  const longest = Math.max(...rules.map((r) => r.row.row.longWindowSeconds));
  const shortest = Math.min(...rules.map((r) => r.row.shortWindowSeconds));
  const start = Math.ceil(longest / STEP) * STEP;
  // Two samples in the shortest window, and no window starting on a sample unless it starts on an evaluation:
  // usually every half interval, so a window's first sample falls between evaluations.
  const windows = rules.flatMap((r) => [r.row.row.longWindowSeconds, r.row.shortWindowSeconds]);
  const spacing = [30, 20, 15, 12, 10, 6, 5, 4, 3, 2, 1].find((p) => p < shortest && windows.every((w) => w % STEP === 0 || w % p !== 0)) ?? 15;
  const perSample = requestsPerSample(input.errorRatio);
  const total = perSample?.[0] ?? 100;
  header.push(
    `Counters: ${total} requests every ${formatDurationCompact(spacing)}, the failed ones in ${seriesText(series.errors)}; ` +
      `none fail for ${formatDurationCompact(start)} (the longest window), then a steady share does. eval_time counts from the first sample.`,
    `Each alert must fire by its time to fire (the table on the page) + for: + one evaluation interval (${formatDurationCompact(STEP)}), ` +
      'and not yet at − one interval. promtool compares all alerts firing then, so other rows\' are listed too.',
    'Samples are given only where those evaluations read them (rate() uses the first and last in each window), ' +
      "so days of history run quickly and no sample sits on a window's start, where Prometheus 2 and 3 differ.",
  );
  const scenarios: [number, string][] = [[1, 'every request fails']];
  if (input.errorRatio > 0 && input.errorRatio < 1) {
    if (perSample) scenarios.push([input.errorRatio, `${formatPercent(input.errorRatio, 6)} of requests fail`]);
    else header.push('The simulated error rate has too many decimals for whole request counts, so only a full outage is tested.');
  }
  const tests = scenarios.map(([errorRatio, title]) => {
    const { test, lines } = scenarioTest(input, rules, series, { errorRatio, title, start, spacing, total });
    header.push(...lines);
    return test;
  });
  return document(tests);
}

/**
 * promtool's expanding notation for a counter sampled at `indices` (in
 * sample intervals): `a+bxn` for n + 1 samples growing by b, `_xn` for n
 * missing ones. The counter grows steadily up to index `bend`, and after it.
 */
export function valuesText(indices: readonly number[], counter: (k: number) => number, bend: number): string {
  const wanted = [...new Set(indices)].sort((a, b) => a - b);
  const parts: string[] = [];
  let previous = -1;
  for (let i = 0; i < wanted.length; ) {
    let last = i;
    // A run of consecutive samples, cut at the bend so each piece grows steadily.
    while (wanted[last + 1] === wanted[last]! + 1 && !(wanted[last] === bend && wanted[i]! < bend)) last++;
    const [a, b] = [wanted[i]!, wanted[last]!];
    if (a - previous > 1) parts.push(`_x${a - previous - 1}`);
    parts.push(b > a ? `${counter(a)}+${counter(a + 1) - counter(a)}x${b - a}` : `${counter(a)}`);
    previous = b;
    i = last + 1;
  }
  return parts.join(' ');
}
