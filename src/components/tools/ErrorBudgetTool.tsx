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
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { Notices } from '../ui/Notices';
import { TextField } from '../ui/TextField';
import { formCodec } from '../ui/use-url-state';
import { CalendarSelect } from './sre/CalendarSelect';
import { Duration } from '../ui/Duration';
import { FullCalculatorLink } from '../ui/FullCalculatorLink';
import { Num } from '../ui/Num';
import { PeriodTable } from './sre/PeriodTable';
import { Result } from '../ui/Result';
import { SloWindowFields } from './sre/SloWindowFields';
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
  const H = embedded ? 'h3' : 'h2';

  return (
    <div class={embedded ? 'sre-tool embedded' : 'sre-tool'}>
      {!embedded && <Notices notices={notices} />}
      <form class="tool-form" aria-label="Error budget inputs" onSubmit={(event) => event.preventDefault()}>
        <div class="fields">
          <SloWindowFields
            id={id}
            slo={form.slo}
            window={form.window}
            errors={check.errors}
            onSlo={(slo) => update({ slo })}
            onWindow={(window) => update({ window })}
          />
          <TextField
            id={`${id}-requests`}
            label={ERROR_BUDGET_LABELS.requests}
            hint="For a request-based budget"
            inputMode="numeric"
            size={14}
            value={form.requests}
            error={check.errors.requests}
            onInput={(requests) => update({ requests })}
          />
          <CalendarSelect id={`${id}-calendar`} value={form.calendar} onChange={(calendar) => update({ calendar })} />
        </div>
      </form>

      <Result stale={stale} labelledBy={`${id}-result`}>
        <H id={`${id}-result`}>Error budget</H>
        <BudgetSummary inputs={inputs} />
        <PeriodTable
          caption={`Allowed bad time per period at ${inputs.slo.percentText}%`}
          valueLabel="Allowed bad time"
          periods={budgetPerPeriod(inputs.slo, inputs.calendar)}
          calendar={inputs.calendar}
        />
      </Result>

      {embedded ? <FullCalculatorLink tool="error-budget" search={errorBudgetSearch(inputs)} /> : <CopyLinkButton />}
      {!embedded && <ReverseBudget id={id} />}
    </div>
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
  const set = (patch: Partial<ReverseBudgetForm>) => setForm({ ...form, ...patch });
  return (
    <section class="reverse-budget" aria-labelledby={`${id}-reverse`}>
      <h2 id={`${id}-reverse`}>From an allowance to an SLO</h2>
      <p>Know how much failure you can live with? Find the SLO that allows exactly that.</p>
      <div class="two-columns">
        <form aria-label="From bad time" onSubmit={(event) => event.preventDefault()}>
          <div class="fields">
            <TextField id={`${id}-reverse-bad`} label={ERROR_BUDGET_LABELS.reverseBad} hint="Like 43m 12s or 1h" inputMode="text" value={form.badTime} error={check.errors['reverse-bad']} onInput={(badTime) => set({ badTime })} />
            <TextField id={`${id}-reverse-window`} label={ERROR_BUDGET_LABELS.reverseWindow} hint="Like 30d" inputMode="text" value={form.badWindow} error={check.errors['reverse-window']} onInput={(badWindow) => set({ badWindow })} />
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
            <TextField id={`${id}-reverse-failures`} label={ERROR_BUDGET_LABELS.reverseFailures} inputMode="numeric" value={form.failures} error={check.errors['reverse-failures']} onInput={(failures) => set({ failures })} />
            <TextField id={`${id}-reverse-requests`} label={ERROR_BUDGET_LABELS.reverseRequests} inputMode="numeric" size={14} value={form.requests} error={check.errors['reverse-requests']} onInput={(r) => set({ requests: r })} />
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
