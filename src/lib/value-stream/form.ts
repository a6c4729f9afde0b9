/**
 * The value stream tool's inputs: stages as rows of typed text and as one
 * line of text (`code:4h:0,review:30m:20h`, the URL's form), plus the optional
 * work in progress and throughput for Little's law. Durations use the site's
 * duration syntax (duration.ts); a bare 0 needs no unit.
 */
import { SECONDS_PER_YEAR, formatDurationExact, parseDurationField } from '../duration';
import { fail, ok, parseNumberField, type FieldResult } from '../field';
import { take, type FieldErrors, type FormCheck } from '../form';
import { decimalText } from '../url-params';
import type { Stage } from './value-stream';

export interface StageRowForm {
  name: string;
  process: string;
  wait: string;
}

export interface ValueStreamForm {
  rows: StageRowForm[];
  /** Average items in progress; empty when not given. */
  wip: string;
  /** Average items finished per day; empty when not given. */
  throughput: string;
}

export interface ValueStreamInputs {
  stages: Stage[];
  /** Both or neither. */
  littlesLaw?: { workInProgress: number; throughputPerDay: number };
}

export const MAX_STAGES = 20;
export const MAX_STAGE_NAME_LENGTH = 40;
/** Longer than any stage of real work; beyond it a typo (365d for 365m) is more likely than a real wait. */
export const MAX_STAGE_SECONDS = SECONDS_PER_YEAR;

export const LABELS = {
  wip: 'Work in progress',
  throughput: 'Throughput per day',
  stages: 'Stages',
} as const;

export const stageFieldKey = (index: number, field: keyof StageRowForm): string => `stage-${index + 1}-${field}`;

export function parseStageNameField(raw: string, label: string): FieldResult<string> {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return fail(`Enter a value for ${label}, like review.`);
  if (name.length > MAX_STAGE_NAME_LENGTH) return fail(`${label} can be at most ${MAX_STAGE_NAME_LENGTH} characters.`);
  if (/[:,]/.test(name)) return fail(`${label} can't contain ":" or ",": they separate stages in the text form.`);
  return ok(name);
}

const stageDuration = (raw: string, label: string): FieldResult<number> =>
  parseDurationField(raw, { label, minSeconds: 0, maxSeconds: MAX_STAGE_SECONDS });

/** Checks the rows, each field under its own key, then the stages together. */
function checkRows(rows: readonly StageRowForm[], errors: FieldErrors): Stage[] | null {
  if (rows.length === 0) {
    errors.stages = 'Add at least one stage.';
    return null;
  }
  if (rows.length > MAX_STAGES) {
    errors.stages = `Use at most ${MAX_STAGES} stages.`;
    return null;
  }
  const stages = rows.map((row, i): Stage | null => {
    const n = i + 1;
    const name = take(errors, stageFieldKey(i, 'name'), parseStageNameField(row.name, `Stage ${n} name`));
    const processSeconds = take(errors, stageFieldKey(i, 'process'), stageDuration(row.process, `Stage ${n} process time`));
    const waitSeconds = take(errors, stageFieldKey(i, 'wait'), stageDuration(row.wait, `Stage ${n} wait`));
    return name === null || processSeconds === null || waitSeconds === null ? null : { name, processSeconds, waitSeconds };
  });
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (!stage) return;
    const first = seen.get(stage.name.toLowerCase());
    if (first === undefined) seen.set(stage.name.toLowerCase(), i + 1);
    else errors[stageFieldKey(i, 'name')] ??= `Stage ${i + 1} name repeats stage ${first}'s name ("${stage.name}"): give each stage its own name.`;
  });
  if (stages.some((s) => s === null) || Object.keys(errors).some((k) => k.startsWith('stage-'))) return null;
  const complete = stages as Stage[];
  if (complete.every((s) => s.processSeconds === 0)) {
    errors.stages = 'Every stage has zero process time, so flow efficiency (process time ÷ lead time) is undefined: nothing is being worked on. Give at least one stage its hands-on time.';
    return null;
  }
  return complete;
}

/** The optional Little's law inputs: both or neither. */
function checkLittlesLaw(form: ValueStreamForm, errors: FieldErrors): ValueStreamInputs['littlesLaw'] | null | undefined {
  const wipText = form.wip.trim();
  const throughputText = form.throughput.trim();
  if (wipText === '' && throughputText === '') return undefined;
  const needsBoth = (missing: string, given: string) => `Enter ${missing} too, or clear ${given}: Little's law needs both.`;
  if (wipText === '') errors.wip = needsBoth(LABELS.wip, LABELS.throughput);
  if (throughputText === '') errors.throughput = needsBoth(LABELS.throughput, LABELS.wip);
  if (wipText === '' || throughputText === '') return null;
  const positive = (raw: string, label: string, example: string) => parseNumberField(raw, { label, min: 0, minExclusive: true, max: 1_000_000, example });
  const workInProgress = take(errors, 'wip', positive(form.wip, LABELS.wip, '12'));
  const throughputPerDay = take(errors, 'throughput', positive(form.throughput, LABELS.throughput, '2'));
  return workInProgress === null || throughputPerDay === null ? null : { workInProgress, throughputPerDay };
}

export function checkValueStreamForm(form: ValueStreamForm): FormCheck<ValueStreamInputs> {
  const errors: FieldErrors = {};
  const stages = checkRows(form.rows, errors);
  const littlesLaw = checkLittlesLaw(form, errors);
  if (stages === null || littlesLaw === null) return { values: null, errors };
  return { values: { stages, ...(littlesLaw ? { littlesLaw } : {}) }, errors };
}

/** `code:4h:0,review:30m:20h`: the text form of the stages, as in the URL. */
export const formatStagesText = (stages: readonly Stage[]): string =>
  stages.map((s) => `${s.name}:${formatDurationExact(s.processSeconds)}:${formatDurationExact(s.waitSeconds)}`).join(',');

/** Rows from the text form, or a message naming the stage that does not read. Checks each stage as the form does. */
export function parseStagesText(raw: string, label: string = LABELS.stages): FieldResult<Stage[]> {
  const text = raw.trim();
  if (text === '') return fail(`Enter a value for ${label}, like code:4h:0,review:30m:20h.`);
  const rows: StageRowForm[] = [];
  for (const [i, part] of text.split(',').entries()) {
    const fields = part.split(':');
    if (fields.length !== 3) {
      return fail(`${label}: stage ${i + 1} ("${part.trim().slice(0, 40)}") must be name:process:wait, like review:30m:20h.`);
    }
    const [name = '', process = '', wait = ''] = fields;
    rows.push({ name, process, wait });
  }
  const errors: FieldErrors = {};
  const stages = checkRows(rows, errors);
  if (stages === null) return fail(Object.values(errors)[0] ?? `${label} must be name:process:wait, like review:30m:20h.`);
  return ok(stages);
}

/** Stages as the rows of the form, their durations in the exact form the URL uses. */
export const stageRowsFrom = (stages: readonly Stage[]): StageRowForm[] =>
  stages.map((s) => ({ name: s.name, process: formatDurationExact(s.processSeconds), wait: formatDurationExact(s.waitSeconds) }));

export const valueStreamFormFrom = (inputs: ValueStreamInputs): ValueStreamForm => ({
  rows: stageRowsFrom(inputs.stages),
  wip: inputs.littlesLaw ? decimalText(inputs.littlesLaw.workInProgress) : '',
  throughput: inputs.littlesLaw ? decimalText(inputs.littlesLaw.throughputPerDay) : '',
});
