import { useState } from 'preact/hooks';
import { formatNumber, formatPercent } from '../../lib/format';
import {
  checkValueStreamForm,
  LABELS,
  MAX_STAGES,
  parseStagesText,
  stageFieldKey,
  stageRowsFrom,
  valueStreamFormFrom,
  type StageRowForm,
  type ValueStreamForm,
  type ValueStreamInputs,
} from '../../lib/value-stream/form';
import { parseValueStreamParams, VALUE_STREAM_PARAMS, valueStreamSearch } from '../../lib/value-stream/params';
import { littlesLawDays, valueStreamFlow, type Flow } from '../../lib/value-stream/value-stream';
import { Duration } from '../ui/Duration';
import { Num } from '../ui/Num';
import { fieldBinder, TextField } from '../ui/TextField';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import { formCodec, useToolForm } from '../ui/use-url-state';
import '../../styles/tools.css';
import { DataTable } from '../ui/DataTable';

interface Props {
  /** A compact copy inside a lesson: not synced to the page's URL, with a link to the full calculator. */
  embedded?: boolean;
  /** Starting inputs as URL parameters: { stages: 'code:4h:0,review:30m:20h', wip: '12', throughput: '2' }. */
  initial?: Partial<Record<(typeof VALUE_STREAM_PARAMS)[number], string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

const codec = formCodec(parseValueStreamParams, valueStreamFormFrom, checkValueStreamForm, valueStreamSearch);
const rowsText = (rows: readonly StageRowForm[]): string => rows.map((r) => `${r.name.trim()}:${r.process.trim()}:${r.wait.trim()}`).join(',');
const SECONDS_PER_DAY = 86_400;

/** A value stream map as a form and as text: lead time, flow efficiency, the longest wait, and Little's law. */
export default function ValueStreamTool({ embedded = false, initial = {}, id = 'value-stream' }: Props) {
  const { form, update, notices } = useToolForm(codec, initial, embedded);
  const check = checkValueStreamForm(form);
  const { value: inputs, stale } = useLastValid(check.values);
  const flow = valueStreamFlow(inputs.stages);
  const field = fieldBinder(id, form, check.errors, update);
  return (
    <ToolShell
      embedded={embedded}
      class="sre-tool value-stream"
      notices={notices}
      inputs={
        <ToolForm label="Value stream inputs">
          <StageRows id={id} form={form} errors={check.errors} update={update} />
          <StagesText id={id} rows={form.rows} update={update} />
          <fieldset class="littles-law-fields">
            <legend>Little's law (optional)</legend>
            <div class="fields">
              {field('wip', { label: LABELS.wip, hint: 'Items started and not finished, on average' })}
              {field('throughput', { label: LABELS.throughput, hint: 'Items finished a day, on average' })}
            </div>
          </fieldset>
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Where the lead time goes"
      stale={stale}
      link={{ tool: 'value-stream', search: valueStreamSearch(inputs) }}
    >
      <Summary flow={flow} inputs={inputs} />
      <StageChart flow={flow} id={id} />
    </ToolShell>
  );
}

interface RowsProps {
  id: string;
  form: ValueStreamForm;
  errors: Record<string, string>;
  update: (patch: Partial<ValueStreamForm>) => void;
}

function StageRows({ id, form, errors, update }: RowsProps) {
  const setRow = (index: number, patch: Partial<StageRowForm>) => update({ rows: form.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset class="stage-rows" aria-describedby={errors.stages ? `${id}-stages-error` : undefined}>
      <legend>Stages, in order</legend>
      <ol class="field-rows">
        {form.rows.map((row, i) => {
          const n = i + 1;
          const field = fieldBinder(id, row, errors, (patch) => setRow(i, patch));
          return (
            <li key={i} class="field-row">
              {field('name', { name: stageFieldKey(i, 'name'), label: `Stage ${n} name`, inputMode: 'text', size: 14 })}
              {field('process', { name: stageFieldKey(i, 'process'), label: `Stage ${n} process time`, hint: 'Hands-on work, like 4h', inputMode: 'text' })}
              {field('wait', { name: stageFieldKey(i, 'wait'), label: `Stage ${n} wait`, hint: 'Before the next stage, like 20h', inputMode: 'text' })}
              <div class="row-actions js-only">
                <button type="button" class="secondary" disabled={form.rows.length === 1} onClick={() => update({ rows: form.rows.filter((_, j) => j !== i) })}>
                  Remove<span class="visually-hidden"> stage {n}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div class="row-buttons js-only">
        <button type="button" class="secondary" disabled={form.rows.length >= MAX_STAGES} onClick={() => update({ rows: [...form.rows, { name: `stage ${form.rows.length + 1}`, process: '1h', wait: '0' }] })}>
          Add a stage
        </button>
      </div>
      {errors.stages && (
        <p class="field-error standalone" id={`${id}-stages-error`}>
          {errors.stages}
        </p>
      )}
    </fieldset>
  );
}

/** The same stages as one line of text, as in the link; a valid edit replaces the rows. */
function StagesText({ id, rows, update }: { id: string; rows: readonly StageRowForm[]; update: (patch: Partial<ValueStreamForm>) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseStagesText(draft, 'Stages as text');
  return (
    <TextField
      id={`${id}-text`}
      label="Stages as text"
      hint="name:process:wait, separated by commas, like code:4h:0,review:30m:20h"
      inputMode="text"
      size={40}
      value={draft ?? rowsText(rows)}
      error={parsed && !parsed.ok ? parsed.message : undefined}
      onInput={(text) => {
        setDraft(text);
        const result = parseStagesText(text, 'Stages as text');
        if (result.ok) update({ rows: stageRowsFrom(result.value) });
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

function Summary({ flow, inputs }: { flow: Flow; inputs: ValueStreamInputs }) {
  const constraint = flow.longestWait;
  const law = inputs.littlesLaw;
  const days = law ? littlesLawDays(law.workInProgress, law.throughputPerDay) : 0;
  return (
    <>
      <dl class="stat-list">
        <div>
          <dt>Lead time</dt>
          <dd>
            <Duration seconds={flow.leadSeconds} />
          </dd>
        </div>
        <div>
          <dt>Process time</dt>
          <dd>
            <Duration seconds={flow.processSeconds} />
            <span class="meta">
              waiting: <Duration seconds={flow.waitSeconds} />
            </span>
          </dd>
        </div>
        <div>
          <dt>Flow efficiency</dt>
          <dd>
            <Num value={flow.flowEfficiency}>{formatPercent(flow.flowEfficiency)}</Num>
            <span class="meta">process time ÷ lead time</span>
          </dd>
        </div>
      </dl>
      <p>
        {constraint.length === 0 ? (
          <>No stage waits: the lead time is all hands-on work.</>
        ) : (
          <>
            Longest wait: <strong>{constraint.map((s) => s.name).join(', ')}</strong> (<Duration seconds={constraint[0]?.waitSeconds ?? 0} />
            {constraint.length > 1 ? ' each' : ''}). Start there: shortening a wait shortens the lead time without anyone working faster.
          </>
        )}
      </p>
      {law && (
        <p>
          Little's law: {formatNumber(law.workInProgress, 6)} items in progress at {formatNumber(law.throughputPerDay, 6)} a day spend{' '}
          <strong>
            <Num value={days}>{formatNumber(days, 4)} days</Num>
          </strong>{' '}
          in the system on average, against a measured lead time of <Num value={flow.leadSeconds / SECONDS_PER_DAY}>{formatNumber(flow.leadSeconds / SECONDS_PER_DAY, 3)} days</Num>.
        </p>
      )}
    </>
  );
}

const WIDTH = 480;
const ROW = 28;
const LABEL = 120;

/**
 * Each stage's process and wait as a bar on one lead-time scale, with the same numbers in a table after
 * the figure (a figcaption must be a figure's first or last child).
 */
function StageChart({ flow, id }: { flow: Flow; id: string }) {
  const height = flow.stages.length * ROW + 8;
  const x = (seconds: number) => (seconds / flow.leadSeconds) * (WIDTH - LABEL - 8);
  return (
    <>
      <figure class="stage-chart">
        <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-chart-title`}>
          <title id={`${id}-chart-title`}>Each stage's process and wait time, on a scale of the whole lead time; the table below gives the numbers.</title>
          {flow.stages.map((stage, i) => {
            const y = i * ROW + 4;
            return (
              <g key={i}>
                <text x={LABEL - 6} y={y + ROW / 2 + 4} text-anchor="end">
                  {stage.name.length > 16 ? `${stage.name.slice(0, 15)}…` : stage.name}
                </text>
                <rect class="bar-process" x={LABEL} y={y + 4} width={x(stage.processSeconds)} height={ROW - 10} />
                <rect class="bar-wait" x={LABEL + x(stage.processSeconds)} y={y + 4} width={x(stage.waitSeconds)} height={ROW - 10} />
              </g>
            );
          })}
        </svg>
        <figcaption class="meta">
          <span class="key key-process" aria-hidden="true" /> process <span class="key key-wait" aria-hidden="true" /> wait
        </figcaption>
      </figure>
      <DataTable captionId={`${id}-table-caption`} caption="Stages and their share of the lead time" columns={['Stage', 'Process', 'Wait', 'Share of lead time']}>
        {flow.stages.map((stage, i) => (
          <tr key={i}>
            <th scope="row">{stage.name}</th>
            <td>
              <Duration seconds={stage.processSeconds} />
            </td>
            <td>
              <Duration seconds={stage.waitSeconds} />
            </td>
            <td>
              <Num value={stage.share}>{formatPercent(stage.share)}</Num>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
