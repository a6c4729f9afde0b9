import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertInternalPath, joinBase, normaliseBase, stripBase } from '../../src/lib/paths';

describe('normaliseBase', () => {
  it('gives "/" for an empty or root base', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
  it('adds the missing slashes around a sub-path', () => {
    expect(normaliseBase('flow-and-stability')).toBe('/flow-and-stability/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });
});

describe('joinBase', () => {
  it('links pages at the domain root with a trailing slash', () => {
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/', 'lessons/two-hats')).toBe('/lessons/two-hats/');
  });
  it('prefixes the sub-path a static host serves the site under', () => {
    expect(joinBase('/flow-and-stability/', '/lessons/')).toBe('/flow-and-stability/lessons/');
    expect(joinBase('/flow-and-stability/', '')).toBe('/flow-and-stability/');
  });
  it('keeps files, query strings and fragments as given', () => {
    expect(joinBase('/fs/', 'favicon.svg')).toBe('/fs/favicon.svg');
    expect(joinBase('/fs/', 'tools/error-budget?slo=99.9')).toBe('/fs/tools/error-budget/?slo=99.9');
    expect(joinBase('/fs/', 'glossary/#slo')).toBe('/fs/glossary/#slo');
  });
  it('adds the slash only to a page: not after a folder, a file, or before a query or fragment', () => {
    expect(joinBase('/fs/', 'tools/dora/?df=6')).toBe('/fs/tools/dora/?df=6');
    expect(joinBase('/fs/', 'samples/deployments-sample.csv')).toBe('/fs/samples/deployments-sample.csv');
    expect(joinBase('/fs/', 'v1.2/notes')).toBe('/fs/v1.2/notes/');
    expect(joinBase('/fs/', '?q=slo')).toBe('/fs/?q=slo');
    expect(joinBase('/fs/', '#top')).toBe('/fs/#top');
  });
  it('matches the step-by-step reading of a path: strip leading slashes, split off query and fragment, add a slash to a page (property)', () => {
    const reference = (base: string, path: string): string => {
      const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path);
      let clean = (match?.[1] ?? '').replace(/^\/+/, '');
      const lastSegment = clean.split('/').pop() ?? '';
      if (clean !== '' && !clean.endsWith('/') && !lastSegment.includes('.')) clean += '/';
      return `${base}${clean}${match?.[2] ?? ''}${match?.[3] ?? ''}`;
    };
    const part = fc.stringMatching(/^[a-z0-9./?#=&-]{0,12}$/);
    fc.assert(
      fc.property(fc.constantFrom('/', '/fs/', '/a/b/'), fc.array(part, { maxLength: 4 }), (base, parts) => {
        const path = parts.join('/');
        return joinBase(base, path) === reference(base, path);
      }),
    );
  });
  it('always starts with the base and never doubles a slash', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 4 }), (baseParts, pathParts) => {
        const base = normaliseBase(baseParts.join('/'));
        const link = joinBase(base, pathParts.join('/'));
        return link.startsWith(base) && !link.includes('//') && stripBase(base, link) === `/${pathParts.map((p) => `${p}/`).join('')}`;
      }),
    );
  });
});

describe('assertInternalPath', () => {
  it('refuses absolute URLs, which are not internal links (href checks every link a page renders)', () => {
    expect(() => assertInternalPath('https://example.com/')).toThrow(/internal links/);
    expect(() => assertInternalPath('mailto:team@example.com')).toThrow(/internal links/);
    expect(() => assertInternalPath('//example.com/')).toThrow(/internal links/);
    expect(() => assertInternalPath('lessons/two-hats/')).not.toThrow();
    expect(() => assertInternalPath('/glossary/#slo')).not.toThrow();
  });
});

describe('stripBase', () => {
  it('turns a served pathname back into a site-relative path', () => {
    expect(stripBase('/fs/', '/fs/lessons/')).toBe('/lessons/');
    expect(stripBase('/fs/', '/fs')).toBe('/');
    expect(stripBase('/', '/lessons/')).toBe('/lessons/');
  });
});
