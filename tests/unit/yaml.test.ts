import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml, yamlString } from '../../src/lib/yaml';

describe('yamlString', () => {
  it('leaves plain words and durations unquoted', () => {
    expect(yamlString('openslo/v1')).toBe('openslo/v1');
    expect(yamlString('page')).toBe('page');
    expect(yamlString('28d')).toBe('28d');
    expect(yamlString('1h30m')).toBe('1h30m');
  });

  it('quotes what a YAML 1.1 or 1.2 reader would not read as a string: yes, on, null, numbers, dates', () => {
    for (const text of ['yes', 'On', 'NULL', '~', 'true', '0.999', '1e3', '2001-12-14', '', ' padded']) {
      expect(yamlString(text)).toMatch(/^['"]/);
    }
  });

  it('quotes selectors with quotes, braces and colons so they survive a round trip', () => {
    const selector = 'http_requests_total{job="checkout",code=~"5..",path=\'/a:b\'}';
    expect(yamlString(selector)).toBe(`'http_requests_total{job="checkout",code=~"5..",path=''/a:b''}'`);
    expect(parse(`key: ${yamlString(selector)}`)).toEqual({ key: selector });
  });

  it('double-quotes and escapes control characters', () => {
    expect(yamlString('a\nb\t"c"\\')).toBe('"a\\nb\\t\\"c\\"\\\\"');
  });
});

describe('toYaml', () => {
  it('writes nested mappings and sequences in block style, skipping undefined values', () => {
    const text = toYaml({ groups: [{ name: 'g', rules: [{ alert: 'A', for: undefined, labels: { severity: 'page' } }] }], empty: [], none: {} }, ['header']);
    expect(text).toBe(
      ['# header', 'groups:', '  - name: g', '    rules:', '      - alert: A', '        labels:', '          severity: page', 'empty: []', 'none: {}', ''].join('\n'),
    );
  });

  it('writes sequences of sequences', () => {
    expect(parse(toYaml({ m: [[1, 2], [], ['x']] }))).toEqual({ m: [[1, 2], [], ['x']] });
  });

  it('refuses non-finite numbers rather than writing .nan', () => {
    expect(() => toYaml({ x: Number.NaN })).toThrow(RangeError);
  });

  it('property: any JSON-like value survives toYaml → yaml.parse unchanged', () => {
    const key = fc.string({ minLength: 1, maxLength: 12 });
    const scalar = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)));
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        expect(parse(toYaml(v as Parameters<typeof toYaml>[0]))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });
});
