import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase, stripBase } from '../../src/lib/paths';

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
  it('refuses absolute URLs, which are not internal links', () => {
    expect(() => joinBase('/', 'https://example.com/')).toThrow(/internal links/);
    expect(() => joinBase('/', '//example.com/')).toThrow(/internal links/);
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

describe('stripBase', () => {
  it('turns a served pathname back into a site-relative path', () => {
    expect(stripBase('/fs/', '/fs/lessons/')).toBe('/lessons/');
    expect(stripBase('/fs/', '/fs')).toBe('/');
    expect(stripBase('/', '/lessons/')).toBe('/lessons/');
  });
});
