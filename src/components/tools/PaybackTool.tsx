import '../../styles/tools-devops.css';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { checkPaybackForm, paybackFormFrom } from '../../lib/toil/form';
import { PAYBACK_PARAM_NAMES, parsePaybackParams, paybackQuery } from '../../lib/toil/params';
import { TASK_PERIODS, type NumericInput, type TaskPeriod } from '../../lib/toil/payback';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { FullCalculatorLink } from '../ui/FullCalculatorLink';
import { Notices } from '../ui/Notices';
import { Result as ResultSection } from '../ui/Result';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useLastValid } from '../ui/use-last-valid';
import { useLazy } from '../ui/use-lazy';
import { formCodec, useToolForm } from '../ui/use-url-state';

interface Props {
  /** In a lesson: no URL syncing, compact, with a link to the full calculator. */
  embedded?: boolean;
  /** Starting inputs as URL parameters (`{ minutes: '15', per: 'day' }`); missing ones take the defaults. */
  initial?: Partial<Record<(typeof PAYBACK_PARAM_NAMES)[NumericInput | 'period'], string>>;
  /**
   * The result for `initial`, rendered by the page (`<PaybackResult slot="result" …/>`): Astro passes it as
   * static HTML, so the island ships the result's code (chart, table) only once the inputs change. Without
   * it the island loads that code at once.
   */
  result?: ComponentChildren;
}

const codec = formCodec(parsePaybackParams, paybackFormFrom, checkPaybackForm, paybackQuery);
const PERIOD_WORDS: Record<TaskPeriod, string> = { day: 'working day', week: 'week', month: 'month' };
const PERIOD_OPTIONS = TASK_PERIODS.map((period) => ({ value: period, label: PERIOD_WORDS[period] }));

/**
 * Does automating a chore pay back? The arithmetic is automationPayback in
 * src/lib/toil/payback.ts; this wires the fields to it, and PaybackResult
 * draws the result.
 */
export default function PaybackTool({ embedded = false, initial = {}, result: serverResult }: Props) {
  const { form, update, notices } = useToolForm(codec, initial, embedded);
  const check = checkPaybackForm(form);
  const { value: inputs, stale } = useLastValid(check.values);
  // The result's code loads once the inputs change (or the learner starts on the form); until then the
  // page's server-rendered result for the starting inputs stands.
  const first = useRef(paybackQuery(inputs));
  const changed = paybackQuery(inputs) !== first.current || !serverResult;
  const [Result, loadResult] = useLazy(() => import('./toil/PaybackResult').then((m) => m.PaybackResult), changed);
  const updating = changed && !Result;

  const field = (key: NumericInput, label: string, hint: string, suffix?: string) => (
    <TextField
      id={`payback-${key}`}
      label={label}
      hint={hint}
      suffix={suffix}
      value={form[key]}
      error={check.errors[key]}
      onInput={(text) => update({ [key]: text })}
    />
  );
  return (
    <div class={embedded ? 'payback-tool embedded' : 'payback-tool'} onFocusIn={loadResult} onPointerDown={loadResult}>
      <Notices notices={notices} />
      <div class="fields">
        {field('taskMinutes', 'Task duration', 'How long the task takes once, by hand.', 'minutes')}
        {field('timesPerPeriod', 'How often', 'How many times one person does it…', 'times')}
        <SelectField id="payback-period" label="Per" hint="…in each of these." value={form.period} options={PERIOD_OPTIONS} onChange={(period) => update({ period })} />
        {field('people', 'People', 'How many people each do it that often.')}
        {field('automationHours', 'Hours to automate', 'Your estimate of the time to build it.', 'hours')}
        {field('horizonWeeks', 'Horizon', 'How far ahead to count the savings.', 'weeks')}
      </div>
      {!embedded && <CopyLinkButton />}
      <ResultSection stale={stale} updating={updating} labelledBy="payback-result-heading" class="payback-result">
        {Result && changed ? <Result inputs={inputs} embedded={embedded} /> : serverResult}
      </ResultSection>
      {embedded && <FullCalculatorLink tool="automation-payback" search={paybackQuery(inputs)} />}
    </div>
  );
}
