import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader } from '../../../src/lib/dora/csv';
import { isoTimestampMs } from '../../../src/lib/dora/iso-timestamp';

function readAll(chunks: readonly string[]) {
  const records: { fields: string[]; line: number }[] = [];
  const errors: { line: number; message: string }[] = [];
  const reader = createCsvReader({
    record: (fields, line) => records.push({ fields, line }),
    error: (line, message) => errors.push({ line, message }),
  });
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { records, errors };
}

describe('createCsvReader (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const { records, errors } = readAll(['a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,1']);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x, y', 'say "hi"'], line: 2 },
      { fields: ['multi\nline', 'z'], line: 3 },
      { fields: ['last', '1'], line: 5 },
    ]);
  });

  it('treats CRLF, LF and a lone CR as line breaks, skips blank lines and a byte order mark', () => {
    const { records } = readAll(['\uFEFFh1,h2\r\n1,2\r\n\r\n3,4\r5,6\n']);
    expect(records.map((r) => [r.fields, r.line])).toEqual([
      [['h1', 'h2'], 1],
      [['1', '2'], 2],
      [['3', '4'], 4],
      [['5', '6'], 5],
    ]);
  });

  it('keeps empty fields, including a trailing one ("a,,")', () => {
    expect(readAll(['a,,\n']).records[0]?.fields).toEqual(['a', '', '']);
  });

  it('reports a quote that is never closed, on the line where it opened', () => {
    const { records, errors } = readAll(['h\nok\n"open\nstill open']);
    expect(records.map((r) => r.fields[0])).toEqual(['h', 'ok']);
    expect(errors).toEqual([{ line: 3, message: 'a double-quoted value is never closed.' }]);
  });

  it('reports text after a closing quote', () => {
    expect(readAll(['"a"b,c\n']).errors[0]).toEqual({
      line: 1,
      message: 'text after a closing double quote; put the whole value inside the quotes.',
    });
  });

  it('gives the same records however the text is split into chunks, even between CR and LF (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 6 });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
    const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (rows, eol, cuts) => {
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, i) => text.slice(start, points[i] ?? text.length));
        const whole = readAll([text]);
        const split = readAll(chunks);
        expect(split).toEqual(whole);
        expect(whole.records.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

describe('isoTimestampMs', () => {
  it('reads Z, offsets with and without a colon, fractions and a space for T (ISO 8601)', () => {
    const utc = Date.UTC(2024, 4, 6, 14, 5);
    expect(isoTimestampMs('2024-05-06T14:05:00Z')).toBe(utc);
    expect(isoTimestampMs('2024-05-06T16:05:00+02:00')).toBe(utc);
    expect(isoTimestampMs('2024-05-06T09:05-0500')).toBe(utc);
    expect(isoTimestampMs('2024-05-06 14:05:00.250Z')).toBe(utc + 250);
  });
  it('reads a timestamp without an offset as UTC, so the result does not depend on the reader', () => {
    expect(isoTimestampMs('2024-05-06T14:05')).toBe(Date.UTC(2024, 4, 6, 14, 5));
  });
  it('refuses impossible dates and other formats', () => {
    for (const bad of [
      '2024-02-30T10:00Z',
      '2023-02-29T10:00Z',
      '2024-13-01T00:00Z',
      '2024-05-06T24:00Z',
      '2024-05-06',
      '06/05/2024 10:00',
      'yesterday',
      '2024-05-06T10:00+25:00',
      '0099-01-01T00:00Z',
    ]) {
      expect(isoTimestampMs(bad), bad).toBeNull();
    }
    expect(isoTimestampMs('2024-02-29T10:00Z')).toBe(Date.UTC(2024, 1, 29, 10));
  });
});

describe('isoTimestampMs edge cases', () => {
  it('refuses truncated and padded forms', () => {
    for (const bad of [
      '2024-05-06T14:05:',
      '2024-05-06T14:05:00.',
      '2024-05-06T14:05:00Zx',
      '2024-05-06T14:05+02',
      '2024-05-06T14:05:00.1234567890Z',
      '2024-05-06X14:05',
      '2024-5-06T14:05',
    ]) {
      expect(isoTimestampMs(bad), bad).toBeNull();
    }
  });
  it('keeps milliseconds of a long fraction and reads lower-case t and z', () => {
    expect(isoTimestampMs('2024-05-06t14:05:00.123456789z')).toBe(Date.UTC(2024, 4, 6, 14, 5, 0, 123));
  });
  it('agrees with Date.parse on valid timestamps (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          expect(isoTimestampMs(d.toISOString())).toBe(d.getTime());
        },
      ),
    );
  });
});
