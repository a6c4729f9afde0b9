import { useEffect, useRef } from 'preact/hooks';
import {
  addDraftChild,
  canAddComponent,
  canAddGroupIn,
  draftFieldKey,
  draftNumbers,
  newDraftComponent,
  newDraftGroup,
  removeDraftNode,
  updateDraftComponent,
  updateDraftGroup,
  type DraftComponent,
  type DraftGroup,
  type DraftNumbers,
  type GroupKind,
} from '../../../lib/slo/availability/draft';
import type { FieldErrors } from '../../../lib/form';
import { TextField } from '../../ui/TextField';

interface Props {
  id: string;
  root: DraftGroup;
  errors: FieldErrors;
  nextId: () => number;
  onChange: (root: DraftGroup) => void;
}

const KINDS: Record<GroupKind, string> = {
  serial: 'Serial: every item is needed',
  parallel: 'Parallel: any one item is enough',
  kofn: 'k of n: at least k items up',
};

interface Context extends Props {
  numbers: DraftNumbers;
  /** Edits the tree and says which element should have focus afterwards. */
  edit: (root: DraftGroup, focusId: string) => void;
}

/**
 * The model as nested fieldsets: a group per fieldset, a line per
 * component. Every control is a native one with a label naming its number
 * ("Component 3 availability"), so the form works by keyboard and reads
 * well in a screen reader; after adding or removing, focus moves to the new
 * field or back to the group's "Add a component" button.
 */
export function ModelBuilder(props: Props) {
  const focus = useRef<string | null>(null);
  useEffect(() => {
    if (focus.current === null) return;
    document.getElementById(focus.current)?.focus();
    focus.current = null;
  });
  const edit = (root: DraftGroup, focusId: string) => {
    focus.current = focusId;
    props.onChange(root);
  };
  return <Group node={props.root} parent={null} ctx={{ ...props, numbers: draftNumbers(props.root), edit }} />;
}

function Group({ node, parent, ctx }: { node: DraftGroup; parent: number | null; ctx: Context }) {
  const { id, root, errors, nextId, numbers, edit } = ctx;
  const g = numbers.groups.get(node.id) ?? 0;
  const base = `${id}-node-${node.id}`;
  const addComponent = () => {
    const child = newDraftComponent(root, nextId);
    edit(addDraftChild(root, node.id, child), `${id}-node-${child.id}-name`);
  };
  const addGroup = () => {
    const child = newDraftGroup(root, nextId);
    edit(addDraftChild(root, node.id, child), `${id}-node-${child.id}-kind`);
  };
  const childrenError = errors[draftFieldKey(node.id, 'children')];
  const childrenErrorId = `${base}-children-error`;
  return (
    <fieldset class="model-group" aria-describedby={childrenError ? childrenErrorId : undefined}>
      <legend>
        Group {g}
        {parent !== null && <span class="meta"> (in group {numbers.groups.get(parent)})</span>}
      </legend>
      <div class="model-group-head">
        <div class="field">
          <label for={`${base}-kind`}>Group {g} kind</label>
          <select id={`${base}-kind`} value={node.kind} onChange={(e) => ctx.onChange(updateDraftGroup(root, node.id, { kind: e.currentTarget.value as GroupKind }))}>
            {(Object.keys(KINDS) as GroupKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KINDS[kind]}
              </option>
            ))}
          </select>
        </div>
        {node.kind === 'kofn' && (
          <TextField
            id={`${base}-k`}
            label={`Group ${g}: how many must be up`}
            hint={`k, of ${node.children.length} items`}
            inputMode="numeric"
            size={4}
            value={node.k}
            error={errors[draftFieldKey(node.id, 'k')]}
            onInput={(k) => ctx.onChange(updateDraftGroup(root, node.id, { k }))}
          />
        )}
      </div>
      <ul class="model-children">
        {node.children.map((child) => (
          <li key={child.id}>
            {child.kind === 'component' ? <Component node={child} group={node} ctx={ctx} /> : <Group node={child} parent={node.id} ctx={ctx} />}
          </li>
        ))}
      </ul>
      {childrenError && (
        <p class="field-error standalone" id={childrenErrorId}>
          {childrenError}
        </p>
      )}
      <div class="row-buttons js-only">
        <button
          type="button"
          id={`${base}-add`}
          class="secondary"
          onClick={addComponent}
          disabled={!canAddComponent(root)}
          aria-describedby={childrenError ? childrenErrorId : undefined}
        >
          Add a component<span class="visually-hidden"> to group {g}</span>
        </button>
        <button type="button" class="secondary" onClick={addGroup} disabled={!canAddGroupIn(root, node.id)}>
          Add a group<span class="visually-hidden"> to group {g}</span>
        </button>
        {parent !== null && (
          <button type="button" class="secondary" onClick={() => edit(removeDraftNode(root, node.id), `${id}-node-${parent}-add`)}>
            Remove group {g}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function Component({ node, group, ctx }: { node: DraftComponent; group: DraftGroup; ctx: Context }) {
  const { id, root, errors, numbers, edit } = ctx;
  const c = numbers.components.get(node.id) ?? 0;
  const base = `${id}-node-${node.id}`;
  return (
    <div class="model-component">
      <TextField
        id={`${base}-name`}
        label={`Component ${c} name`}
        inputMode="text"
        size={14}
        value={node.name}
        error={errors[draftFieldKey(node.id, 'name')]}
        onInput={(name) => ctx.onChange(updateDraftComponent(root, node.id, { name }))}
      />
      <TextField
        id={`${base}-percent`}
        label={`Component ${c} availability`}
        suffix="%"
        size={8}
        value={node.percent}
        error={errors[draftFieldKey(node.id, 'percent')]}
        onInput={(percent) => ctx.onChange(updateDraftComponent(root, node.id, { percent }))}
      />
      <div class="row-actions js-only">
        <button type="button" class="secondary" onClick={() => edit(removeDraftNode(root, node.id), `${id}-node-${group.id}-add`)}>
          Remove component {c}
        </button>
      </div>
    </div>
  );
}
