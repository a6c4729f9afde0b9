/**
 * The availability form's editable tree and the text model stay in step:
 * whatever the text says, the tree shows, and a valid tree prints to the
 * same model. Figures from the SRE book (2016) and the slo-math reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelAvailability } from '../../../src/lib/slo/availability/availability';
import {
  DEFAULT_MODEL_TEXT,
  MAX_MODEL_COMPONENTS,
  MAX_MODEL_DEPTH,
  parseAvailabilityModel,
  printAvailabilityModel,
  type AvailabilityModel,
} from '../../../src/lib/slo/availability/model';
import {
  addDraftChild,
  canAddComponent,
  canAddGroupIn,
  checkDraft,
  draftFieldKey,
  draftFromModel,
  draftNumbers,
  idCounter,
  newDraftComponent,
  newDraftGroup,
  parseComponentNameField,
  parseComponentPercentField,
  removeDraftNode,
  updateDraftComponent,
  updateDraftGroup,
  type DraftGroup,
} from '../../../src/lib/slo/availability/draft';

function model(text: string): AvailabilityModel {
  const parsed = parseAvailabilityModel(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const draft = (text: string): DraftGroup => draftFromModel(model(text), idCounter());

describe('draft ↔ model', () => {
  it('the default model round-trips through the form', () => {
    const d = draft(DEFAULT_MODEL_TEXT);
    const { model: m, errors } = checkDraft(d);
    expect(errors).toEqual({});
    expect(printAvailabilityModel(m!)).toBe(DEFAULT_MODEL_TEXT);
  });

  it('a bare component is shown inside a serial group', () => {
    const d = draft('api:99.9');
    expect(d.kind).toBe('serial');
    expect(printAvailabilityModel(checkDraft(d).model!)).toBe('serial(api:99.9)');
  });

  it('three serial components at 99.9% give 99.7003% (SRE book, ch. 3 arithmetic)', () => {
    let d = draftFromModel(model('serial(a:99.9)'), idCounter());
    const ids = idCounter(100);
    d = addDraftChild(d, d.id, { kind: 'component', id: ids(), name: 'b', percent: '99,9' });
    d = addDraftChild(d, d.id, { kind: 'component', id: ids(), name: 'c', percent: '99.9%' });
    const { model: m } = checkDraft(d);
    expect(printAvailabilityModel(m!)).toBe('serial(a:99.9,b:99.9,c:99.9)');
    expect(modelAvailability(m!).availability).toBeCloseTo(0.997002999, 15);
  });

  it('kofn keeps k; switching a parallel group to kofn starts at n − 1', () => {
    const d = draft('kofn(2,a:99.9,b:99.9,c:99.9)');
    expect(printAvailabilityModel(checkDraft(d).model!)).toBe('kofn(2,a:99.9,b:99.9,c:99.9)');
    const p = draft('parallel(a:99.9,b:99.9,c:99.9)');
    expect(printAvailabilityModel(checkDraft(updateDraftGroup(p, p.id, { kind: 'kofn' })).model!)).toBe('kofn(2,a:99.9,b:99.9,c:99.9)');
  });

  it('property: any model the text parser accepts comes back unchanged from the form', () => {
    const leaf = fc
      .tuple(fc.constantFrom('api', 'db', 'queue', 'lb', 'cache'), fc.constantFrom('99', '99.9', '99.95', '99.999', '100', '0', '50'))
      .map(([n, p]) => `${n}:${p}`);
    const tree = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom('serial', 'parallel'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })).map(([g, c]) => `${g}(${c.join(',')})`),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).chain((c) => fc.integer({ min: 1, max: c.length }).map((k) => `kofn(${k},${c.join(',')})`)),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (text) => {
        const parsed = parseAvailabilityModel(text);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const back = checkDraft(draftFromModel(parsed.value, idCounter())).model!;
        const expected = parsed.value.kind === 'component' ? `serial(${text})` : text;
        expect(printAvailabilityModel(back)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('editing the draft', () => {
  it('updates, adds and removes nodes anywhere in the tree', () => {
    let d = draft(DEFAULT_MODEL_TEXT);
    const inner = d.children[1] as DraftGroup;
    const db = inner.children[0]!;
    d = updateDraftComponent(d, db.id, { percent: '99.999' });
    d = addDraftChild(d, inner.id, newDraftComponent(d, idCounter(50)));
    expect(printAvailabilityModel(checkDraft(d).model!)).toBe('serial(api:99.95,parallel(db:99.999,queue:99.9,component-4:99.9))');
    d = removeDraftNode(d, db.id);
    expect(printAvailabilityModel(checkDraft(d).model!)).toBe('serial(api:99.95,parallel(queue:99.9,component-4:99.9))');
    d = addDraftChild(d, d.id, newDraftGroup(d, idCounter(60)));
    // The new group's replicas get the next free names.
    expect(printAvailabilityModel(checkDraft(d).model!)).toBe(
      'serial(api:99.95,parallel(queue:99.9,component-4:99.9),parallel(component-5:99.9,component-6:99.9))',
    );
  });

  it('numbers components and groups in reading order for labels', () => {
    const d = draft(DEFAULT_MODEL_TEXT);
    const numbers = draftNumbers(d);
    expect([...numbers.components.values()]).toEqual([1, 2, 3]);
    expect([...numbers.groups.values()]).toEqual([1, 2]);
  });

  it('reports each bad field under its key, and an empty group', () => {
    let d = draft('serial(api:99.9,parallel(db:99.9,queue:99.9))');
    const [api, group] = d.children as [DraftGroup['children'][number], DraftGroup];
    d = updateDraftComponent(d, api.id, { name: 'my api', percent: '101' });
    for (const child of group.children) d = removeDraftNode(d, child.id);
    const { model: m, errors } = checkDraft(d);
    expect(m).toBeNull();
    expect(errors[draftFieldKey(api.id, 'name')]).toContain('without spaces');
    expect(errors[draftFieldKey(api.id, 'percent')]).toBe('Component 1 availability must be at most 100%.');
    expect(errors[draftFieldKey(group.id, 'children')]).toBe('Group 2 is empty: add a component or a group to it, or remove it.');
  });

  it('k must be a whole number between 1 and the number of items', () => {
    const d = draft('kofn(2,a:99.9,b:99.9,c:99.9)');
    expect(checkDraft(updateDraftGroup(d, d.id, { k: '4' })).errors[draftFieldKey(d.id, 'k')]).toBe('k in group 1 must be at most 3.');
    expect(checkDraft(updateDraftGroup(d, d.id, { k: '1.5' })).errors[draftFieldKey(d.id, 'k')]).toContain('whole number');
  });

  it('stops adding at the text model limits: 50 components, 8 levels', () => {
    let d = draft('serial(a:99.9)');
    const ids = idCounter(1000);
    while (canAddComponent(d)) d = addDraftChild(d, d.id, newDraftComponent(d, ids));
    expect(checkDraft(d).model).not.toBeNull();
    expect(checkDraft(d).model!.kind === 'serial' && (checkDraft(d).model as { children: unknown[] }).children.length).toBe(MAX_MODEL_COMPONENTS);
    let deep = draft('serial(a:99.9)');
    let groupId = deep.id;
    for (let level = 1; level < MAX_MODEL_DEPTH; level++) {
      expect(canAddGroupIn(deep, groupId)).toBe(true);
      const g = newDraftGroup(deep, ids);
      deep = addDraftChild(deep, groupId, g);
      groupId = g.id;
    }
    expect(canAddGroupIn(deep, groupId)).toBe(false);
    expect(checkDraft(deep).model).not.toBeNull();
  });
});

describe('component fields', () => {
  it('names: letters, digits, _ . -; no spaces', () => {
    expect(parseComponentNameField(' db-1 ')).toEqual({ ok: true, value: 'db-1' });
    expect(parseComponentNameField('').ok).toBe(false);
    expect(parseComponentNameField('a,b').ok).toBe(false);
  });

  it('availabilities: 0–100 percent, comma or point, canonical text', () => {
    expect(parseComponentPercentField('99,90')).toEqual({ ok: true, value: '99.9' });
    expect(parseComponentPercentField('100')).toEqual({ ok: true, value: '100' });
    expect(parseComponentPercentField('5.')).toEqual({ ok: true, value: '5' });
    for (const bad of ['', 'abc', '-1', '100.5', '99.12345678901']) expect(parseComponentPercentField(bad).ok, bad).toBe(false);
  });
});
