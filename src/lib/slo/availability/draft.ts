/**
 * The availability tool's form: the model as an editable tree of typed
 * text, kept in step with the text model (model.ts). Every
 * node has an id so the page can key, label and focus it; edits are pure
 * functions returning a new tree.
 *
 * The root is always a group, so the form always has an "Add" button to
 * press; a bare component model (`api:99.9`) is shown inside a serial group.
 */
import { parseNumberField, parseNumberTextField, percentRule, type FieldResult } from '../../field';
import {
  MAX_MODEL_COMPONENTS,
  MAX_MODEL_DEPTH,
  MAX_PERCENT_DECIMALS,
  parseAvailabilityModel,
  printAvailabilityModel,
  type AvailabilityModel,
} from './model';
import { take, type FieldErrors } from '../../form';
import { ratioFromDecimalText, ratioToDecimalText } from '../../ratio';

export type GroupKind = 'serial' | 'parallel' | 'kofn';

export interface DraftComponent {
  kind: 'component';
  id: number;
  name: string;
  /** Availability in percent, as typed. */
  percent: string;
}

export interface DraftGroup {
  kind: GroupKind;
  id: number;
  /** How many children must be up; used by kofn only, kept when switching kinds. */
  k: string;
  children: DraftNode[];
}

export type DraftNode = DraftComponent | DraftGroup;

export const MAX_COMPONENT_NAME_LENGTH = 40;

/** Hands out ids; one per tool instance, so ids never repeat within a page. */
export function idCounter(start = 1): () => number {
  let next = start;
  return () => next++;
}

export function draftFromModel(model: AvailabilityModel, nextId: () => number): DraftGroup {
  const root = draftNode(model, nextId);
  return root.kind === 'component' ? { kind: 'serial', id: nextId(), k: '1', children: [root] } : root;
}

function draftNode(model: AvailabilityModel, nextId: () => number): DraftNode {
  if (model.kind === 'component') return { kind: 'component', id: nextId(), name: model.name, percent: model.percentText };
  return {
    kind: model.kind,
    id: nextId(),
    k: String(model.kind === 'kofn' ? model.k : Math.max(1, model.children.length - 1)),
    children: model.children.map((child) => draftNode(child, nextId)),
  };
}

export function parseComponentNameField(raw: string, label = 'Name'): FieldResult<string> {
  const name = raw.trim();
  if (name === '') return { ok: false, message: `Enter a value for ${label}, like db.` };
  if (name.length > MAX_COMPONENT_NAME_LENGTH) return { ok: false, message: `${label} can be at most ${MAX_COMPONENT_NAME_LENGTH} characters.` };
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
    return { ok: false, message: `${label} can use letters, digits, "_", "." and "-", without spaces (it is written into the text model).` };
  }
  return { ok: true, value: name };
}

/** An availability in percent, 0–100; returns canonical text ("99,90" → "99.9") so the model stays exact. */
export function parseComponentPercentField(raw: string, label = 'Availability'): FieldResult<string> {
  const text = parseNumberTextField(raw, percentRule(label, { example: '99.9', maxDecimals: MAX_PERCENT_DECIMALS }));
  if (!text.ok) return text;
  const exact = ratioFromDecimalText(text.value);
  return exact === null ? { ok: false, message: `${label} must be a number, like 99.9.` } : { ok: true, value: ratioToDecimalText(exact, MAX_PERCENT_DECIMALS) };
}

/** Reading-order numbers for labels ("Component 3 name", "Group 2 kind"); the root is group 1. */
export interface DraftNumbers {
  components: Map<number, number>;
  groups: Map<number, number>;
}

export function draftNumbers(root: DraftGroup): DraftNumbers {
  const numbers: DraftNumbers = { components: new Map(), groups: new Map() };
  const visit = (node: DraftNode) => {
    if (node.kind === 'component') numbers.components.set(node.id, numbers.components.size + 1);
    else {
      numbers.groups.set(node.id, numbers.groups.size + 1);
      node.children.forEach(visit);
    }
  };
  visit(root);
  return numbers;
}

export const draftFieldKey = (id: number, field: 'name' | 'percent' | 'k' | 'children'): string => `node-${id}-${field}`;

export interface DraftCheck {
  /** Null while any field is invalid. */
  model: AvailabilityModel | null;
  /** Keyed by draftFieldKey. */
  errors: FieldErrors;
}

/** Validates every field; the model is built only when all are valid and it prints to a model that parses back. */
export function checkDraft(root: DraftGroup): DraftCheck {
  const errors: FieldErrors = {};
  const numbers = draftNumbers(root);
  const build = (node: DraftNode): AvailabilityModel | null => {
    if (node.kind === 'component') {
      const n = numbers.components.get(node.id);
      const name = take(errors, draftFieldKey(node.id, 'name'), parseComponentNameField(node.name, `Component ${n} name`));
      const percentText = take(errors, draftFieldKey(node.id, 'percent'), parseComponentPercentField(node.percent, `Component ${n} availability`));
      return name !== null && percentText !== null ? { kind: 'component', name, percentText } : null;
    }
    const g = numbers.groups.get(node.id);
    const children = node.children.map(build);
    if (node.children.length === 0) {
      errors[draftFieldKey(node.id, 'children')] = `Group ${g} is empty: add a component or a group to it, or remove it.`;
      return null;
    }
    let k = 0;
    if (node.kind === 'kofn') {
      const parsed = parseNumberField(node.k, { label: `k in group ${g}`, min: 1, max: node.children.length, integer: true });
      k = take(errors, draftFieldKey(node.id, 'k'), parsed) ?? 0;
      if (!parsed.ok) return null;
    }
    if (!children.every((c): c is AvailabilityModel => c !== null)) return null;
    return node.kind === 'kofn' ? { kind: 'kofn', k, children } : { kind: node.kind, children };
  };
  const model = build(root);
  if (model === null) return { model: null, errors };
  // The text form has limits of its own (length, depth, count); the draft must fit them to be shared.
  const reparsed = parseAvailabilityModel(printAvailabilityModel(model));
  if (!reparsed.ok) {
    errors[draftFieldKey(root.id, 'children')] = reparsed.message.replace(/^Column \d+: /, 'The model is too large: ');
    return { model: null, errors };
  }
  return { model: reparsed.value, errors };
}

/** Depth of a group counted from the root (1); used to stop nesting beyond what the text model allows. */
export function draftDepths(root: DraftGroup): Map<number, number> {
  const depths = new Map<number, number>();
  const visit = (node: DraftNode, depth: number) => {
    if (node.kind === 'component') return;
    depths.set(node.id, depth);
    node.children.forEach((child) => visit(child, depth + 1));
  };
  visit(root, 1);
  return depths;
}

export const countDraftComponents = (node: DraftNode): number =>
  node.kind === 'component' ? 1 : node.children.reduce((sum, child) => sum + countDraftComponents(child), 0);

export const canAddComponent = (root: DraftGroup): boolean => countDraftComponents(root) < MAX_MODEL_COMPONENTS;
export const canAddGroupIn = (root: DraftGroup, groupId: number): boolean =>
  canAddComponent(root) && (draftDepths(root).get(groupId) ?? MAX_MODEL_DEPTH) < MAX_MODEL_DEPTH;

function mapDraft(node: DraftNode, f: (node: DraftNode) => DraftNode): DraftNode {
  const mapped = f(node);
  return mapped.kind === 'component' ? mapped : { ...mapped, children: mapped.children.map((child) => mapDraft(child, f)) };
}

const asRoot = (node: DraftNode): DraftGroup => {
  if (node.kind === 'component') throw new Error('The root of a draft must be a group');
  return node;
};

/** Changes a component's name or percent, or a group's kind or k. */
export function updateDraftComponent(root: DraftGroup, id: number, patch: Partial<Pick<DraftComponent, 'name' | 'percent'>>): DraftGroup {
  return asRoot(mapDraft(root, (node) => (node.id === id && node.kind === 'component' ? { ...node, ...patch } : node)));
}

export function updateDraftGroup(root: DraftGroup, id: number, patch: Partial<Pick<DraftGroup, 'kind' | 'k'>>): DraftGroup {
  return asRoot(mapDraft(root, (node) => (node.id === id && node.kind !== 'component' ? { ...node, ...patch } : node)));
}

export function addDraftChild(root: DraftGroup, groupId: number, child: DraftNode): DraftGroup {
  return asRoot(
    mapDraft(root, (node) => (node.id === groupId && node.kind !== 'component' ? { ...node, children: [...node.children, child] } : node)),
  );
}

/** Removes a node anywhere below the root (the root itself stays). */
export function removeDraftNode(root: DraftGroup, id: number): DraftGroup {
  return asRoot(
    mapDraft(root, (node) => (node.kind === 'component' ? node : { ...node, children: node.children.filter((child) => child.id !== id) })),
  );
}

/** A new component, named so that names stay unique and readable: "component-4". */
export function newDraftComponent(root: DraftGroup, nextId: () => number): DraftComponent {
  const used = new Set<string>();
  const collect = (node: DraftNode) => (node.kind === 'component' ? used.add(node.name.trim()) : node.children.forEach(collect));
  collect(root);
  let n = countDraftComponents(root) + 1;
  while (used.has(`component-${n}`)) n++;
  return { kind: 'component', id: nextId(), name: `component-${n}`, percent: '99.9' };
}

/** A new parallel group of two replicas, the usual reason to add a group. */
export function newDraftGroup(root: DraftGroup, nextId: () => number): DraftGroup {
  const first = newDraftComponent(root, nextId);
  const withFirst = { ...root, children: [...root.children, first] };
  const second = newDraftComponent(withFirst, nextId);
  return { kind: 'parallel', id: nextId(), k: '1', children: [first, second] };
}
