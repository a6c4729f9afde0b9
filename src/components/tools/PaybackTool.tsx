import '../../styles/tools-devops.css';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { parseNumberField } from '../../lib/field';
import {
  DEFAULT_PAYBACK_INPUTS,
  PAYBACK_FIELD_RULES,
  TASK_PERIODS,
  type NumericInput,
  type PaybackInputs,
  type TaskPeriod,
} from '../../lib/toil/payback';
import { parsePaybackParams, paybackQuery } from '../../lib/toil/params';
import { href } from '../link';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { Notices } from '../ui/Notices';
import { TextField } from '../ui/TextField';
import { useLazy } from '../ui/use-lazy';
import { useUrlState, type UrlCodec } from '../ui/use-url-state';
import { STALE_SENTENCE, useDrafts } from './dora/state';

interface Props {
  /** In a lesson: no URL syncing, compact, with a link to the full calculator. */
  embedded?: boolean;
  /** Starting inputs; defaults to DEFAULT_PAYBACK_INPUTS. */
  initial?: Partial<PaybackInputs>;
  /**
   * The result for `initial`, rendered by the page (`<PaybackResult slot="result" …/>`): Astro passes it as
   * static HTML, so the island ships the result's code (chart, table) only once the inputs change. Without
   * it the island loads that code at once.
   */
  result?: ComponentChildren;
}

const CODEC: UrlCodec<PaybackInputs> = {
  parse: parsePaybackParams,
  serialize: paybackQuery,
};

/**
 * Does automating a chore pay back? The arithmetic is automationPayback in
 * src/lib/toil/payback.ts; this wires the fields to it, and PaybackResult
 * draws the result.
 */
export default function PaybackTool({ embedded = false, initial, result }: Props) {
  const start = { ...DEFAULT_PAYBACK_INPUTS, ...initial };
  return embedded ? <EmbeddedPayback start={start} result={result} /> : <FullPayback start={start} result={result} />;
}

interface StartProps {
  start: PaybackInputs;
  result: ComponentChildren;
}

function FullPayback({ start, result }: StartProps) {
  const [inputs, setInputs, notices] = useUrlState(start, CODEC);
  return <PaybackView inputs={inputs} setInputs={setInputs} notices={notices} embedded={false} serverResult={result} />;
}

function EmbeddedPayback({ start, result }: StartProps) {
  const [inputs, setInputs] = useState(start);
  return <PaybackView inputs={inputs} setInputs={setInputs} notices={[]} embedded serverResult={result} />;
}

const NUMERIC: readonly NumericInput[] = ['taskMinutes', 'timesPerPeriod', 'people', 'automationHours', 'horizonWeeks'];
const parseInput = (key: NumericInput, text: string) => parseNumberField(text, PAYBACK_FIELD_RULES[key]);
const PERIOD_WORDS: Record<TaskPeriod, string> = { day: 'working day', week: 'week', month: 'month' };

interface ViewProps {
  inputs: PaybackInputs;
  setInputs: (update: (inputs: PaybackInputs) => PaybackInputs) => void;
  notices: readonly string[];
  embedded: boolean;
  serverResult: ComponentChildren;
}

function PaybackView({ inputs, setInputs, notices, embedded, serverResult }: ViewProps) {
  const { drafts, errors, setDraft, stale } = useDrafts(inputs, NUMERIC, parseInput);
  // The result's code loads once the inputs change (or the learner starts on the form); until then the
  // page's server-rendered result for the starting inputs stands.
  const first = useRef(inputs);
  const changed = inputs !== first.current || !serverResult;
  const [Result, loadResult] = useLazy(() => import('./dora/PaybackResult').then((m) => m.PaybackResult), changed);
  const updating = changed && !Result;

  const field = (key: NumericInput, label: string, hint: string, suffix?: string) => (
    <TextField
      id={`payback-${key}`}
      label={label}
      hint={hint}
      suffix={suffix}
      value={drafts[key]}
      error={errors[key]}
      onInput={(text) => {
        const parsed = setDraft(key, text);
        if (parsed.ok) setInputs((current) => ({ ...current, [key]: parsed.value }));
      }}
    />
  );
  return (
    <div class={embedded ? 'payback-tool embedded' : 'payback-tool'} onFocusIn={loadResult} onPointerDown={loadResult}>
      <Notices notices={notices} />
      <div class="fields">
        {field('taskMinutes', 'Task duration', 'How long the task takes once, by hand.', 'minutes')}
        {field('timesPerPeriod', 'How often', 'How many times one person does it…', 'times')}
        <div class="field">
          <label for="payback-period">Per</label>
          <p class="field-hint" id="payback-period-hint">
            …in each of these.
          </p>
          <select
            id="payback-period"
            name="payback-period"
            aria-describedby="payback-period-hint"
            value={inputs.period}
            onChange={(event) => {
              const period = event.currentTarget.value as TaskPeriod;
              setInputs((current) => ({ ...current, period }));
            }}
          >
            {TASK_PERIODS.map((period) => (
              <option key={period} value={period} selected={period === inputs.period}>
                {PERIOD_WORDS[period]}
              </option>
            ))}
          </select>
        </div>
        {field('people', 'People', 'How many people each do it that often.')}
        {field('automationHours', 'Hours to automate', 'Your estimate of the time to build it.', 'hours')}
        {field('horizonWeeks', 'Horizon', 'How far ahead to count the savings.', 'weeks')}
      </div>
      {!embedded && <CopyLinkButton />}
      <section
        class="result payback-result"
        data-stale={stale || updating ? 'true' : 'false'}
        aria-busy={updating ? 'true' : undefined}
        aria-labelledby="payback-result-heading"
      >
        {stale && <p class="stale-note">{STALE_SENTENCE}</p>}
        {Result && changed ? <Result inputs={inputs} embedded={embedded} /> : serverResult}
      </section>
      {embedded && (
        <p>
          <a href={href(`tools/automation-payback/?${paybackQuery(inputs)}`)}>
            Open in the full calculator
          </a>
        </p>
      )}
    </div>
  );
}
