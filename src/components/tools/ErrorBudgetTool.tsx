import { useState } from 'preact/hooks';
import { formatAvailabilityPercent } from '../../lib/slo/nines';
import { budgetPerPeriod, type CalendarConvention } from '../../lib/slo/calendar';
import { formatDurationHuman } from '../../lib/duration';
import { allowedBadSeconds, allowedFailedRequests } from '../../lib/slo/error-budget/error-budget';
import {
  checkErrorBudgetForm,
  checkReverseBudgetForm,
  DEFAULT_REVERSE_FORM,
  ERROR_BUDGET_LABELS,
  errorBudgetFormFrom,
  type ReverseBudgetForm,
} from '../../lib/slo/error-budget/form';
import { errorBudgetSearch, parseErrorBudgetParams, type ErrorBudgetInputs } from '../../lib/slo/error-budget/params';
import { formatNumber, formatPercent } from '../../lib/format';
import { budgetFraction, type Slo } from '../../lib/slo/slo';
import { counted } from '../../lib/plural';
import { fieldBinder } from '../ui/TextField';
import { formCodec } from '../ui/use-url-state';
import { CalendarSelect } from './sre/CalendarSelect';
import { Duration } from '../ui/Duration';
import { Num } from '../ui/Num';
import { PeriodTable } from './sre/PeriodTable';
import { Result } from '../ui/Result';
import { SloWindowFields } from './sre/SloWindowFields';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import { useSreForm } from './sre/use-sre-form';
import '../../styles/tools.css';

interface Props {
  /** A compact copy inside a lesson: no URL syncing, no copy link, no reverse form. */
  embedded?: boolean;
  /** Starting inputs, as URL parameters would give them: { slo: '99.9', window: '28d' }. */
  initial?: { slo?: string; window?: string; requests?: string; calendar?: CalendarConvention };
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

const codec = formCodec(parseErrorBudgetParams, errorBudgetFormFrom, checkErrorBudgetForm, errorBudgetSearch);

/** What an SLO allows over a window, per period and in requests; and from an allowance back to an SLO. */
export default function ErrorBudgetTool({ embedded = false, initial = {}, id = 'error-budget' }: Props) {
  const { form, update, notices } = useSreForm(codec, initial, embedded);
  const check = checkErrorBudgetForm(form);
  const { value: inputs, stale } = useLastValid(check.values);
  const field = fieldBinder(id, form, check.errors, update);

  return (
    <ToolShell
      embedded={embedded}
      notices={notices}
      inputs={
        <ToolForm label="Error budget inputs">
          <div class="fields">
            <SloWindowFields field={field} />
            {field('requests', { label: ERROR_BUDGET_LABELS.requests, hint: 'For a request-based budget', inputMode: 'numeric', size: 14 })}
            <CalendarSelect id={`${id}-calendar`} value={form.calendar} onChange={(calendar) => update({ calendar })} />
          </div>
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Error budget"
      stale={stale}
      link={{ tool: 'error-budget', search: errorBudgetSearch(inputs) }}
      more={<ReverseBudget id={id} />}
    >
      <BudgetSummary inputs={inputs} />
      <PeriodTable
        caption={`Allowed bad time per period at ${inputs.slo.percentText}%`}
        valueLabel="Allowed bad time"
        periods={budgetPerPeriod(inputs.slo, inputs.calendar)}
        calendar={inputs.calendar}
      />
    </ToolShell>
  );
}

function BudgetSummary({ inputs }: { inputs: ErrorBudgetInputs }) {
  const { slo, windowSeconds, requests } = inputs;
  const allowed = allowedBadSeconds(slo, windowSeconds);
  const failures = allowedFailedRequests(slo, requests);
  const whole = Math.floor(failures);
  return (
    <>
      <p class="big-number">
        <Duration seconds={allowed} />
      </p>
      <p>
        of bad time allowed in <Duration seconds={windowSeconds} /> at an SLO of <Num value={slo.percentText}>{slo.percentText}%</Num>: a budget of{' '}
        <Num value={budgetFraction(slo)}>{formatPercent(budgetFraction(slo))}</Num> of the window.
      </p>
      <p>
        Of <Num value={requests}>{formatNumber(requests, 16)}</Num> requests, <Num value={failures}>{formatNumber(failures, 6)}</Num> may fail
        {whole !== failures && <> (so {formatNumber(whole, 16)} whole requests)</>}.
      </p>
    </>
  );
}

/** The reverse calculation: an allowance of bad time or failures gives the SLO that allows exactly that. */
function ReverseBudget({ id }: { id: string }) {
  const [form, setForm] = useState<ReverseBudgetForm>(DEFAULT_REVERSE_FORM);
  const check = checkReverseBudgetForm(form);
  const time = useLastValid(check.fromTime);
  const requests = useLastValid(check.fromRequests);
  const field = fieldBinder(id, form, check.errors, (patch: Partial<ReverseBudgetForm>) => setForm({ ...form, ...patch }));
  return (
    <section class="reverse-budget" aria-labelledby={`${id}-reverse`}>
      <h2 id={`${id}-reverse`}>From an allowance to an SLO</h2>
      <p>Know how much failure you can live with? Find the SLO that allows exactly that.</p>
      <div class="two-columns">
        <form aria-label="From bad time" onSubmit={(event) => event.preventDefault()}>
          <div class="fields">
            {field('badTime', { name: 'reverse-bad', label: ERROR_BUDGET_LABELS.reverseBad, hint: 'Like 43m 12s or 1h', inputMode: 'text' })}
            {field('badWindow', { name: 'reverse-window', label: ERROR_BUDGET_LABELS.reverseWindow, hint: 'Like 30d', inputMode: 'text' })}
          </div>
          <Result stale={time.stale} labelledBy={`${id}-reverse-time`}>
            <h3 id={`${id}-reverse-time`} class="visually-hidden">
              SLO for this bad time
            </h3>
            <p>
              <SloFigure slo={time.value.slo} /> allows {formatDurationHuman(time.value.badSeconds)} of bad time in <Duration seconds={time.value.windowSeconds} />.
            </p>
          </Result>
        </form>
        <form aria-label="From failed requests" onSubmit={(event) => event.preventDefault()}>
          <div class="fields">
            {field('failures', { name: 'reverse-failures', label: ERROR_BUDGET_LABELS.reverseFailures, inputMode: 'numeric' })}
            {field('requests', { name: 'reverse-requests', label: ERROR_BUDGET_LABELS.reverseRequests, inputMode: 'numeric', size: 14 })}
          </div>
          <Result stale={requests.stale} labelledBy={`${id}-reverse-requests-result`}>
            <h3 id={`${id}-reverse-requests-result`} class="visually-hidden">
              SLO for these failures
            </h3>
            <p>
              <SloFigure slo={requests.value.slo} /> allows {counted(formatNumber(requests.value.failures, 16), 'failure')} in {counted(formatNumber(requests.value.requests, 16), 'request')}.
            </p>
          </Result>
        </form>
      </div>
    </section>
  );
}

function SloFigure({ slo }: { slo: Slo }) {
  return (
    <>
      An SLO of{' '}
      <strong class="figure">
        <Num value={slo.percentText}>{formatAvailabilityPercent(budgetFraction(slo))}%</Num>
      </strong>
    </>
  );
}
