import { budgetStatus, type BudgetStatus, type PolicyState } from '../../lib/slo/budget-status/budget-status';
import { budgetStatusFormFrom, checkBudgetStatusForm } from '../../lib/slo/budget-status/form';
import { budgetStatusSearch, parseBudgetStatusParams } from '../../lib/slo/budget-status/params';
import { formatNumber, formatPercent } from '../../lib/format';
import { counted } from '../../lib/plural';
import { fieldBinder } from '../ui/TextField';
import { formCodec } from '../ui/use-url-state';
import { Duration } from '../ui/Duration';
import { Num } from '../ui/Num';
import { SloWindowFields } from './sre/SloWindowFields';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import { useSreForm } from './sre/use-sre-form';
import '../../styles/tools.css';

interface Props {
  /** A compact copy inside a lesson: no URL syncing and no copy link. */
  embedded?: boolean;
  /** Starting inputs, as URL parameters would give them: { slo: '99.9', window: '30d', elapsed: '12d', bad: '25m' }. */
  initial?: Partial<Record<'slo' | 'window' | 'elapsed' | 'bad' | 'failed' | 'total', string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

const codec = formCodec(parseBudgetStatusParams, budgetStatusFormFrom, checkBudgetStatusForm, budgetStatusSearch);

const STATE_NAMES: Record<PolicyState, string> = { healthy: 'Healthy', 'at-risk': 'At risk', exhausted: 'Exhausted' };

/** Where a service stands in its SLO window, and what the error budget policy says to do. */
export default function BudgetStatusTool({ embedded = false, initial = {}, id = 'budget-status' }: Props) {
  const { form, update, notices } = useSreForm(codec, initial, embedded);
  const check = checkBudgetStatusForm(form);
  const computed = check.values ? budgetStatus(check.values) : null;
  const current = check.values && computed?.ok ? { inputs: check.values, status: computed.value } : null;
  const { value, stale } = useLastValid(current);
  const field = fieldBinder(id, form, check.errors, update);

  return (
    <ToolShell
      embedded={embedded}
      notices={notices}
      inputs={
        <ToolForm label="Budget status inputs">
          <div class="fields">
            <SloWindowFields field={field} />
            {field('elapsed', { label: 'Time elapsed', hint: 'How far into the window you are, like 12d', inputMode: 'text' })}
          </div>
          <fieldset class="measure">
            <legend>Bad events so far, counted as</legend>
            <div class="measure-choice">
              {(['time', 'requests'] as const).map((kind) => (
                <label key={kind}>
                  <input type="radio" name={`${id}-measure`} value={kind} checked={form.measure === kind} onChange={() => update({ measure: kind })} />
                  {kind === 'time' ? 'Bad time' : 'Failed requests'}
                </label>
              ))}
            </div>
            <div class="fields">
              {form.measure === 'time' ? (
                field('bad', { label: 'Bad time so far', hint: 'Time the service was out of its SLO, like 25m', inputMode: 'text' })
              ) : (
                <>
                  {field('failed', { label: 'Failed requests so far', inputMode: 'numeric', size: 14 })}
                  {field('total', { label: 'Total requests so far', inputMode: 'numeric', size: 14 })}
                </>
              )}
            </div>
          </fieldset>
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Budget status"
      stale={stale}
      link={{ tool: 'budget-status', search: budgetStatusSearch(value.inputs) }}
    >
      <Figures status={value.status} windowSeconds={value.inputs.windowSeconds} />
      <Policy status={value.status} />
      {value.status.notes.map((note) => (
        <p key={note} class="meta">
          {note}
        </p>
      ))}
    </ToolShell>
  );
}

function Policy({ status }: { status: BudgetStatus }) {
  const { state, reasons, actions } = status.policy;
  return (
    <>
      <p>
        Policy state:{' '}
        <strong class="policy-state" data-state={state}>
          {STATE_NAMES[state]}
        </strong>
      </p>
      <ul>{reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
      <p>
        <strong>What the policy says to do</strong>
      </p>
      <ul>{actions.map((action) => <li key={action}>{action}</li>)}</ul>
    </>
  );
}

function Figures({ status, windowSeconds }: { status: BudgetStatus; windowSeconds: number }) {
  const { consumedFraction, remainingFraction, exhaustion } = status;
  const amount = (value: number) =>
    status.unit === 'seconds' ? <Duration seconds={value} /> : <Num value={value}>{counted(formatNumber(value, 6), 'request')}</Num>;
  return (
    <dl class="stat-list">
      <div>
        <dt>Budget consumed</dt>
        <dd>
          <Num value={consumedFraction}>{formatPercent(consumedFraction)}</Num>
          <span class="budget-bar" aria-hidden="true" data-over={consumedFraction >= 1 ? 'true' : 'false'}>
            <span style={{ inlineSize: `${Math.min(100, consumedFraction * 100)}%` }} />
          </span>
          <span class="meta">
            {amount(status.bad)} of {amount(status.allowed)}
          </span>
        </dd>
      </div>
      <div>
        <dt>Budget remaining</dt>
        <dd>
          <Num value={remainingFraction}>{formatPercent(remainingFraction)}</Num>
          <span class="meta">{amount(status.remaining)} left</span>
        </dd>
      </div>
      <div>
        <dt>Burn rate so far</dt>
        <dd>
          <Num value={status.burnRate}>{formatNumber(status.burnRate, 3)}×</Num>
          <span class="meta">
            <Num value={status.elapsedFraction}>{formatPercent(status.elapsedFraction)}</Num> of the window has passed; 1× spends exactly the budget by its end
          </span>
        </dd>
      </div>
      <div>
        <dt>Budget runs out</dt>
        <dd>
          {exhaustion.kind === 'never' && (
            <>
              Never
              <span class="meta">Nothing is being spent at this rate.</span>
            </>
          )}
          {exhaustion.kind === 'exhausted' && (
            <>
              Already spent
              <span class="meta">
                At this rate it ran out <Duration seconds={exhaustion.fromWindowStartSeconds} maxUnits={2} /> into the window.
              </span>
            </>
          )}
          {exhaustion.kind === 'projected' && (
            <>
              {exhaustion.beforeWindowEnds ? <Duration seconds={exhaustion.fromNowSeconds} maxUnits={2} /> : 'Not this window'}
              <span class="meta">
                {exhaustion.beforeWindowEnds ? 'from now, ' : 'At this rate it would run out '}
                <Duration seconds={exhaustion.fromWindowStartSeconds} maxUnits={2} /> into the <Duration seconds={windowSeconds} /> window
                {exhaustion.beforeWindowEnds ? ', at the current burn rate.' : ', after the window ends.'}
              </span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
