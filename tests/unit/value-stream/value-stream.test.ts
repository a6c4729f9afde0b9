import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValueStreamForm, parseStagesText, valueStreamFormFrom } from '../../../src/lib/value-stream/form';
import { DEFAULT_VALUE_STREAM_INPUTS, parseValueStreamParams, valueStreamSearch } from '../../../src/lib/value-stream/params';
import { littlesLawDays, valueStreamFlow } from '../../../src/lib/value-stream/value-stream';

const H = 3600;

describe('value stream flow (Rother & Shook 1999; Martin & Osterling 2013; shared/reference/delivery-math.md)', () => {
  it('the worked example: plan, build, review, release give 8.5 h of process in 130.5 h of lead time (5 days 10 h 30 min), 6.513% flow efficiency, longest wait before release (72 h)', () => {
    const flow = valueStreamFlow(DEFAULT_VALUE_STREAM_INPUTS.stages);
    expect(flow.processSeconds).toBe(8.5 * H);
    expect(flow.waitSeconds).toBe(122 * H);
    expect(flow.leadSeconds).toBe(130.5 * H);
    expect(flow.leadSeconds).toBe(5 * 86_400 + 10 * H + 30 * 60);
    expect((flow.flowEfficiency * 100).toFixed(3)).toBe('6.513');
    expect(flow.longestWait.map((s) => s.name)).toEqual(['release']);
    expect(flow.stages.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
  });

  it("Little's law (Little 1961): 12 items in progress at 2 a day spend 6 days in the system", () => {
    expect(littlesLawDays(12, 2)).toBe(6);
  });

  it('names every stage that ties for the longest wait', () => {
    const flow = valueStreamFlow([{ name: 'a', processSeconds: 60, waitSeconds: 600 }, { name: 'b', processSeconds: 60, waitSeconds: 600 }]);
    expect(flow.longestWait.map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('stays finite, with flow efficiency between 0 and 1 and lead time at least the process time (property)', () => {
    const stage = fc.record({ name: fc.constant('s'), processSeconds: fc.integer({ min: 0, max: 31_536_000 }), waitSeconds: fc.integer({ min: 0, max: 31_536_000 }) });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 20 }).filter((s) => s.some((x) => x.processSeconds > 0)), (stages) => {
        const flow = valueStreamFlow(stages);
        expect(Number.isFinite(flow.flowEfficiency)).toBe(true);
        expect(flow.flowEfficiency).toBeGreaterThan(0);
        expect(flow.flowEfficiency).toBeLessThanOrEqual(1);
        expect(flow.leadSeconds).toBeGreaterThanOrEqual(flow.processSeconds);
      }),
    );
  });
});

describe('value stream inputs', () => {
  it('reads the URL in the issue (name:process:wait) and writes it back', () => {
    const search = 'stages=code:4h:0s,review:30m:20h,test:1h:8h,deploy:15m:2d';
    const parsed = parseValueStreamParams('stages=code:4h:0,review:30m:20h,test:1h:8h,deploy:15m:2d');
    expect(parsed.notices).toEqual([]);
    expect(parsed.values.stages).toHaveLength(4);
    expect(valueStreamSearch(parsed.values)).toBe(search);
    expect(parseValueStreamParams(`${search}&wip=12&throughput=2`).values.littlesLaw).toEqual({ workInProgress: 12, throughputPerDay: 2 });
  });

  it('refuses malformed lists, duplicate names, negative times and zero process time everywhere, naming the stage', () => {
    expect(parseStagesText('code:4h')).toMatchObject({ ok: false, message: expect.stringContaining('stage 1 ("code:4h") must be name:process:wait') });
    expect(parseStagesText('code:4h:0,Code:1h:1h')).toMatchObject({ ok: false, message: expect.stringContaining("Stage 2 name repeats stage 1's name") });
    expect(parseStagesText('code:-4h:0')).toMatchObject({ ok: false, message: expect.stringContaining("Stage 1 process time can't be negative") });
    expect(parseStagesText('code:0:4h,test:0:1h')).toMatchObject({ ok: false, message: expect.stringContaining('flow efficiency (process time ÷ lead time) is undefined') });
    expect(parseStagesText('code:4h:400d')).toMatchObject({ ok: false, message: expect.stringContaining('Stage 1 wait must be at most') });
  });

  it('a tampered URL falls back to the example with a notice naming the parameter; wip needs throughput', () => {
    const bad = parseValueStreamParams('stages=<img src=x onerror=alert(1)>&wip=12');
    expect(bad.values.stages).toEqual(DEFAULT_VALUE_STREAM_INPUTS.stages);
    expect(bad.notices.map((n) => n.param)).toEqual(['stages', 'wip']);
    expect(bad.values.littlesLaw).toBeUndefined();
  });

  it('the form keeps each message at its field and needs wip and throughput together', () => {
    const form = valueStreamFormFrom(DEFAULT_VALUE_STREAM_INPUTS);
    expect(checkValueStreamForm(form).values).not.toBeNull();
    const rows = form.rows.map((r, i) => (i === 1 ? { ...r, wait: 'soon' } : r));
    expect(Object.keys(checkValueStreamForm({ ...form, rows }).errors)).toEqual(['stage-2-wait']);
    expect(checkValueStreamForm({ ...form, throughput: '' }).errors.throughput).toMatch(/Little's law needs both/);
  });
});
