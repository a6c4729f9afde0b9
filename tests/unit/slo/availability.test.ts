import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availabilityReport,
  componentImprovements,
  formatAvailabilityPercent,
  modelAvailability,
} from '../../../src/lib/slo/availability/availability';
import { parseAvailabilityModel, type AvailabilityModel } from '../../../src/lib/slo/availability/model';
import { formatDurationHuman } from '../../../src/lib/duration';

function model(text: string): AvailabilityModel {
  const parsed = parseAvailabilityModel(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Components with these availabilities (percent texts), named by position. */
const components = (percents: readonly string[]): AvailabilityModel[] =>
  percents.map((percentText, i) => ({ kind: 'component', name: `c${i + 1}`, percentText }));
const group = (kind: 'serial' | 'parallel', percents: readonly string[]): AvailabilityModel => ({ kind, children: components(percents) });
const kOfN = (k: number, percents: readonly string[]): AvailabilityModel => ({ kind: 'kofn', k, children: components(percents) });
const availabilityOf = (m: AvailabilityModel): number => modelAvailability(m).availability;

/** The textbook formula for identical parts, Σ_{i=k..n} C(n,i) aⁱ(1−a)ⁿ⁻ⁱ, which the tool's k of n generalises. */
function kOfNIdentical(k: number, n: number, a: number): number {
  let total = 0;
  let choose = 1; // C(n, 0)
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += choose * a ** i * (1 - a) ** (n - i);
    choose = (choose * (n - i)) / (i + 1);
  }
  return total;
}

describe('composite availability (slo-math reference, "Composite availability")', () => {
  it('serial: three components at 99.9% give 99.7003%', () => {
    expect(availabilityOf(group('serial', ['99.9', '99.9', '99.9']))).toBeCloseTo(0.997002999, 15);
    expect(formatAvailabilityPercent(modelAvailability(model('serial(a:99.9,b:99.9,c:99.9)')).unavailability)).toBe('99.7003');
  });

  it('parallel: two at 99.9% give 99.9999%', () => {
    expect(availabilityOf(group('parallel', ['99.9', '99.9']))).toBeCloseTo(0.999999, 15);
    expect(modelAvailability(model('parallel(a:99.9,b:99.9)')).unavailability).toBeCloseTo(1e-6, 20);
  });

  it('k of n identical: 2 of 3 at 99.9% is Σ C(3,i) aⁱ(1−a)³⁻ⁱ for i ≥ 2 = 0.999997002', () => {
    const expected = 3 * 0.999 ** 2 * 0.001 + 0.999 ** 3;
    expect(kOfNIdentical(2, 3, 0.999)).toBeCloseTo(expected, 15);
    expect(availabilityOf(kOfN(2, ['99.9', '99.9', '99.9']))).toBeCloseTo(expected, 15);
    expect(modelAvailability(model('kofn(2,a:99.9,b:99.9,c:99.9)')).availability).toBeCloseTo(0.999997002, 12);
  });

  it('k of n with different components, by dynamic programming: 2 of (90%, 80%, 70%) = 0.902', () => {
    // P(all up) + P(exactly two up) = .504 + (.9·.8·.3 + .9·.2·.7 + .1·.8·.7) = .504 + .398
    expect(availabilityOf(kOfN(2, ['90', '80', '70']))).toBeCloseTo(0.902, 15);
    // And it agrees with the textbook formula when the parts are identical.
    for (const k of [1, 2, 3, 4, 5]) expect(availabilityOf(kOfN(k, Array(5).fill('97.5')))).toBeCloseTo(kOfNIdentical(k, 5, 0.975), 14);
  });

  it('k of n reduces to serial when k = n and to parallel when k = 1', () => {
    const parts = ['99', '95', '99.9'];
    expect(availabilityOf(kOfN(3, parts))).toBeCloseTo(availabilityOf(group('serial', parts)), 15);
    expect(availabilityOf(kOfN(1, parts))).toBeCloseTo(availabilityOf(group('parallel', parts)), 15);
  });

  it('keeps tiny unavailabilities that 1 − a would round away: two 99.99999% replicas are down 1e-14 of the time', () => {
    expect(modelAvailability(model('parallel(a:99.99999,b:99.99999)')).unavailability).toBeCloseTo(1e-14, 27);
    expect(formatAvailabilityPercent(1e-14)).toBe('99.999999999999');
  });

  it('nests: serial(api:99.95,parallel(db:99.99,queue:99.9)) = 0.9995 × (1 − 0.0001 × 0.001)', () => {
    expect(modelAvailability(model('serial(api:99.95,parallel(db:99.99,queue:99.9))')).availability).toBeCloseTo(0.9995 * (1 - 1e-7), 15);
  });

  it('a component at 0% or 100% gives no NaN', () => {
    expect(modelAvailability(model('serial(a:0,b:100)'))).toEqual({ availability: 0, unavailability: 1 });
    expect(modelAvailability(model('parallel(a:0,b:100)'))).toEqual({ availability: 1, unavailability: 0 });
  });
});

describe('the limiting component', () => {
  it('is the one whose improvement to 100% raises the overall the most: the unreplicated api, not the replicated db', () => {
    const [first, second] = componentImprovements(model('serial(api:99.95,parallel(db:99.99,queue:99.9))'));
    expect(first).toMatchObject({ name: 'api', index: 0 });
    expect(first!.availabilityIfPerfect).toBeCloseTo(1 - 1e-7, 15);
    expect(first!.unavailabilityRemoved).toBeGreaterThan(second!.unavailabilityRemoved * 1000);
  });

  it('is null when no component can improve the result', () => {
    const report = availabilityReport(model('serial(a:100,b:100)'), 'sre');
    expect(report.limiting).toBeNull();
    expect(report.limitingTies).toEqual([]);
  });

  it('names every component that limits it equally: identical parts tie, better parts do not', () => {
    const three = availabilityReport(model('serial(a:99.9,b:99.9,c:99.9)'), 'sre');
    expect(three.limitingTies.map((imp) => imp.name)).toEqual(['a', 'b', 'c']);
    const two = availabilityReport(model('serial(a:99.9,parallel(b:99,c:99),d:99.9)'), 'sre');
    expect(two.limitingTies.map((imp) => imp.name)).toEqual(['a', 'd']);
    const one = availabilityReport(model('serial(api:99.95,parallel(db:99.99,queue:99.9))'), 'sre');
    expect(one.limitingTies.map((imp) => imp.name)).toEqual(['api']);
  });
});

describe('availabilityReport', () => {
  it('reuses the error budget table: serial of three 99.9% components is down 2h 9m 28.2s a month (30 days)', () => {
    const report = availabilityReport(model('serial(a:99.9,b:99.9,c:99.9)'), 'sre');
    expect(report.percentText).toBe('99.7003');
    expect(report.notes[0]).toContain('independently');
    expect(report.downtimePerPeriod.map((p) => p.period)).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(formatDurationHuman(report.downtimePerPeriod[2]!.allowedBadSeconds)).toBe('2h 9m 28.2s');
  });

  it('property: serial of independent components is never more available than its weakest (Calculus of Service Availability)', () => {
    fc.assert(
      // Percentages from 0 to 100 with up to four decimals, as a model writes them.
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (tenThousandths) => {
        const parts = tenThousandths.map((n) => n / 1_000_000);
        const percents = tenThousandths.map((n) => String(n / 10_000));
        expect(availabilityOf(group('serial', percents))).toBeLessThanOrEqual(Math.min(...parts) + 1e-15);
        expect(availabilityOf(group('parallel', percents))).toBeGreaterThanOrEqual(Math.max(...parts) - 1e-15);
      }),
    );
  });
});
