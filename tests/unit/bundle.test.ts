import { describe, expect, it } from 'vitest';
import { relativeImports, storesToTakeIn } from '../../scripts/bundle/integration.mjs';

describe('one file per island and page script (scripts/bundle/)', () => {
  it('finds static, re-exported and dynamic imports in minified code, and nothing else', () => {
    const code = 'import{a as b}from"./client.X1.js";import"./side.Y2.js";export{c}from"./re.Z3.js";const d=()=>import("./lazy.W4.js");x("./not-an-import.js")';
    expect(relativeImports(code).sort()).toEqual(['client.X1.js', 'lazy.W4.js', 're.Z3.js', 'side.Y2.js']);
  });

  it('lets a file take in a store only when no other file on any of its pages uses that store', () => {
    const storesOf = new Map([
      ['lesson.js', new Set(['progress.js'])],
      ['overview.js', new Set(['progress.js'])],
      ['transfer.js', new Set(['progress.js'])],
      ['error-budget.js', new Set(['slo-settings.js'])],
      ['budget-status.js', new Set(['slo-settings.js'])],
      ['release-risk.js', new Set(['slo-settings.js'])],
    ]);
    const pages = [
      new Set(['lesson.js']), // a lesson
      new Set(['lesson.js', 'error-budget.js', 'budget-status.js']), // a lesson embedding two SRE tools
      new Set(['overview.js']), // home
      new Set(['overview.js', 'transfer.js']), // lessons index: two scripts on the progress store
      new Set(['error-budget.js']),
      new Set(['release-risk.js']),
    ];
    const taken = storesToTakeIn(pages, storesOf);
    expect(taken.get('lesson.js')).toEqual(new Set(['progress.js']));
    expect(taken.get('release-risk.js')).toEqual(new Set(['slo-settings.js']));
    // Shared on some page, so shared everywhere those files go.
    expect(taken.get('overview.js')).toEqual(new Set());
    expect(taken.get('transfer.js')).toEqual(new Set());
    expect(taken.get('error-budget.js')).toEqual(new Set());
    expect(taken.get('budget-status.js')).toEqual(new Set());
  });
});
