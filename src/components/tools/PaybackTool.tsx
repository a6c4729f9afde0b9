import '../../styles/tools-devops.css';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { checkPaybackForm, paybackFormFrom } from '../../lib/toil/form';
import { PAYBACK_PARAM_NAMES, parsePaybackParams, paybackQuery } from '../../lib/toil/params';
import { TASK_PERIODS, type NumericInput, type TaskPeriod } from '../../lib/toil/payback';
import { SelectField } from '../ui/SelectField';
import { fieldBinder } from '../ui/TextField';
import { ToolShell } from '../ui/ToolShell';
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

  const field = fieldBinder('payback', form, check.errors, update);
  return (
    <ToolShell
      embedded={embedded}
      class="payback-tool"
      notices={notices}
      onInteract={loadResult}
      inputs={
        <div class="fields">
          {field('taskMinutes', { label: 'Task duration', hint: 'How long the task takes once, by hand.', suffix: 'minutes' })}
          {field('timesPerPeriod', { label: 'How often', hint: 'How many times one person does it…', suffix: 'times' })}
          <SelectField id="payback-period" label="Per" hint="…in each of these." value={form.period} options={PERIOD_OPTIONS} onChange={(period) => update({ period })} />
          {field('people', { label: 'People', hint: 'How many people each do it that often.' })}
          {field('automationHours', { label: 'Hours to automate', hint: 'Your estimate of the time to build it.', suffix: 'hours' })}
          {field('horizonWeeks', { label: 'Horizon', hint: 'How far ahead to count the savings.', suffix: 'weeks' })}
        </div>
      }
      copyLinkFirst
      resultId="payback-result-heading"
      resultClass="payback-result"
      stale={stale}
      updating={updating}
      link={{ tool: 'automation-payback', search: paybackQuery(inputs) }}
    >
      {Result && changed ? <Result inputs={inputs} embedded={embedded} /> : serverResult}
    </ToolShell>
  );
}
