import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelAvailability } from '../../../src/lib/slo/availability/availability';
import {
  modelComponents,
  parseAvailabilityModel,
  printAvailabilityModel,
  type AvailabilityModel,
} from '../../../src/lib/slo/availability/model';

const error = (text: string): string => {
  const parsed = parseAvailabilityModel(text);
  if (parsed.ok) throw new Error(`expected an error for ${text}`);
  return parsed.message;
};

describe('parseAvailabilityModel', () => {
  it('reads the issue\'s examples: serial(api:99.95,parallel(db:99.99,queue:99.9)) and kofn(2,a:99.9,b:99.9,c:99.9)', () => {
    expect(parseAvailabilityModel('serial(api:99.95,parallel(db:99.99,queue:99.9))')).toEqual({
      ok: true,
      value: {
        kind: 'serial',
        children: [
          { kind: 'component', name: 'api', percentText: '99.95' },
          {
            kind: 'parallel',
            children: [
              { kind: 'component', name: 'db', percentText: '99.99' },
              { kind: 'component', name: 'queue', percentText: '99.9' },
            ],
          },
        ],
      },
    });
    const kofn = parseAvailabilityModel('kofn(2,a:99.9,b:99.9,c:99.9)');
    expect(kofn).toMatchObject({ ok: true, value: { kind: 'kofn', k: 2 } });
  });

  it('tolerates whitespace, capitalised keywords, a trailing % and names with _ - .', () => {
    const parsed = parseAvailabilityModel('  Serial ( api-v2.eu_1 : 99.95 % ,\n  parallel( db:99.99 , db:99.99 ) ) ');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(printAvailabilityModel(parsed.value)).toBe('serial(api-v2.eu_1:99.95,parallel(db:99.99,db:99.99))');
  });

  it('accepts a single component as the whole model', () => {
    expect(parseAvailabilityModel('api:99.9')).toEqual({ ok: true, value: { kind: 'component', name: 'api', percentText: '99.9' } });
  });

  it('names the column and what was expected', () => {
    expect(error('serial(api:99.95,db)')).toBe('Column 20: expected ":" and an availability after "db", like db:99.9, but found ")".');
    expect(error('serial(api:)')).toContain('Column 12: expected an availability in percent after "api:"');
    expect(error('serial(api:99.9')).toBe('Column 16: missing ")" to close serial( opened at column 7.');
    expect(error('series(a:99)')).toBe('Column 1: unknown group "series": expected serial, parallel or kofn.');
    expect(error('serial(a:99 b:99)')).toContain('expected "," or ")"');
    expect(error('serial()')).toContain('Column 8: expected a component');
    expect(error('a:99,b:99')).toContain('wrap several in serial');
    expect(error('a:99.9)')).toContain('unexpected ")"');
    expect(error('')).toContain('Enter a model');
  });

  it('says a decimal comma is not allowed inside a model, because commas separate items', () => {
    const message = error('serial(api:99,95,db:99.9)');
    expect(message).toBe(
      'Column 14: use a point for decimals inside a model (99.95, not 99,95): commas separate the items. For two items, write 99.0,95.',
    );
    expect(error('parallel(a:99,9)')).toContain('(99.9, not 99,9)');
    // Without names the same text is as ambiguous (99.99%, or two items of 99%?), so it is refused the same way.
    expect(error('serial(99,99)')).toContain('For two items, write 99.0,99.');
  });

  it('reads bare availabilities as unnamed items, named by their position among the components', () => {
    // Issue #11: learners type serial(99.9,99.9,99.9) first. Three parts at 99.9% in series give 0.999³ = 99.7003%.
    const three = parseAvailabilityModel('serial(99.9,99.9,99.9)');
    expect(three).toEqual({
      ok: true,
      value: {
        kind: 'serial',
        children: [1, 2, 3].map((n) => ({ kind: 'component', name: `component-${n}`, percentText: '99.9' })),
      },
    });
    if (three.ok) expect(modelAvailability(three.value).availability).toBeCloseTo(0.997002999, 12);
    const mixed = parseAvailabilityModel('parallel( api:99.9 , 99.5 % ,kofn(2, 99, 98.5 ,db:97))');
    expect(mixed.ok && modelComponents(mixed.value).map((c) => `${c.name}:${c.percentText}`)).toEqual([
      'api:99.9',
      'component-2:99.5',
      'component-3:99',
      'component-4:98.5',
      'db:97',
    ]);
    expect(parseAvailabilityModel('99.95%')).toEqual({ ok: true, value: { kind: 'component', name: 'component-1', percentText: '99.95' } });
    // After a decimal, a comma can only separate items.
    expect(parseAvailabilityModel('serial(a:99.9,99)').ok).toBe(true);
    expect(error('serial(99.9,101)')).toContain('the availability of "component-2" is 101%');
    // A name that is not an availability still needs its ":".
    expect(error('serial(99.9,db)')).toContain('expected ":" and an availability after "db"');
  });

  it('checks availabilities and kofn\'s k', () => {
    expect(error('a:100.1')).toContain("can't be more than 100%");
    expect(error('a:-5')).toContain('expected an availability');
    expect(error('kofn(4,a:99,b:99,c:99)')).toContain('k must be between 1 and 3');
    expect(error('kofn(0,a:99)')).toContain('k must be between 1 and 1');
    expect(error('kofn(a:99,b:99)')).toContain('kofn needs a whole number first');
  });

  it('limits depth to 8 groups and components to 50, and says so', () => {
    const nested = (depth: number) => 'serial('.repeat(depth) + 'a:99' + ')'.repeat(depth);
    expect(parseAvailabilityModel(nested(8)).ok).toBe(true);
    expect(error(nested(9))).toContain('groups can nest at most 8 deep');
    const many = (n: number) => `parallel(${Array.from({ length: n }, (_, i) => `c${i}:99`).join(',')})`;
    expect(parseAvailabilityModel(many(50)).ok).toBe(true);
    expect(error(many(51))).toContain('at most 50 components');
    expect(error('a'.repeat(2001))).toContain('too long');
  });
});

// Random well-formed models within the limits.
const percentText = fc.oneof(
  fc.constantFrom('0', '100', '99.9', '99.95', '99.999', '50'),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })).map(([w, f]) => `${w}.${f}`),
);
const name = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/);
const modelArb: fc.Arbitrary<AvailabilityModel> = fc.letrec<{ node: AvailabilityModel }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('component' as const), name, percentText }),
    fc.record({ kind: fc.constantFrom('serial' as const, 'parallel' as const), children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
    fc
      .array(tie('node'), { minLength: 1, maxLength: 4 })
      .chain((children) => fc.integer({ min: 1, max: children.length }).map((k) => ({ kind: 'kofn' as const, k, children }))),
  ),
})).node.filter((m) => modelComponents(m).length <= 50 && depth(m) <= 8);

function depth(m: AvailabilityModel): number {
  return m.kind === 'component' ? 0 : 1 + Math.max(...m.children.map(depth));
}

describe('model properties', () => {
  it('property: print then parse gives back the same model', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        expect(parseAvailabilityModel(printAvailabilityModel(m))).toEqual({ ok: true, value: m });
      }),
    );
  });

  it('property: any valid model has an availability and unavailability in [0, 1] that sum to 1', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const { availability, unavailability } = modelAvailability(m);
        expect(availability).toBeGreaterThanOrEqual(0);
        expect(availability).toBeLessThanOrEqual(1);
        expect(unavailability).toBeGreaterThanOrEqual(0);
        expect(unavailability).toBeLessThanOrEqual(1);
        expect(availability + unavailability).toBeCloseTo(1, 12);
      }),
    );
  });
});
