import { formatDurationIso } from '../../../lib/format';
import { hoursText, percentText, sharePercentText, weeksText } from '../../../lib/format-rounded';
import { automationPayback, SRE_TOIL_CEILING_SHARE, WORKING_HOURS_PER_WEEK, type Payback, type PaybackInputs } from '../../../lib/toil/payback';
import { Hours, PaybackChart, PaybackTable } from './PaybackChart';

/** Everything the payback tool shows for valid inputs. */
export function PaybackResult({ inputs, embedded }: { inputs: PaybackInputs; embedded: boolean }) {
  const p = automationPayback(inputs);
  const { automationHours, horizonWeeks } = inputs;
  return (
    <>
      <h2 id="payback-result-heading">Does it pay back within {weeksText(horizonWeeks)}?</h2>
      <p class="payback-verdict">
        <span class="big-number">{p.paysBackWithinHorizon ? 'Yes.' : 'No.'}</span> <BreakEven payback={p} horizonWeeks={horizonWeeks} />
      </p>
      <dl class="figures">
        <div>
          <dt>Saved over {weeksText(horizonWeeks)}</dt>
          <dd>
            <Hours hours={p.savedHoursOverHorizon} /> (<Hours hours={p.savedHoursPerWeek} /> a week for the team)
          </dd>
        </div>
        <div>
          <dt>Invested</dt>
          <dd>
            <Hours hours={automationHours} />
          </dd>
        </div>
        <div>
          <dt>Net over {weeksText(horizonWeeks)}</dt>
          <dd>
            {/* The word carries the sign: "22 hours lost", not "−22 hours lost". */}
            <data value={String(p.netHoursOverHorizon)}>{hoursText(Math.abs(p.netHoursOverHorizon))}</data> {p.netHoursOverHorizon >= 0 ? 'gained' : 'lost'}
          </dd>
        </div>
      </dl>
      <ToilShare payback={p} />
      {!embedded && (
        <>
          <h3>Time saved against time invested</h3>
          <PaybackChart payback={p} automationHours={automationHours} horizonWeeks={horizonWeeks} />
          <details>
            <summary>Chart data as a table</summary>
            <PaybackTable payback={p} horizonWeeks={horizonWeeks} />
          </details>
          <p>
            Within {weeksText(horizonWeeks)} the automation breaks even as long as building it takes less than{' '}
            <Hours hours={p.worthwhileAutomationHours} />.
          </p>
        </>
      )}
    </>
  );
}

function BreakEven({ payback: p, horizonWeeks }: { payback: Payback; horizonWeeks: number }) {
  const weeks = p.breakEvenWeeks;
  if (weeks === null) return <span>Nothing is saved, so it never breaks even.</span>;
  if (weeks === 0) return <span>Nothing is invested, so it breaks even at once.</span>;
  const when = (
    <time datetime={formatDurationIso(weeks * 7 * 24 * 3600)}>
      {weeksText(weeks)}
    </time>
  );
  return p.paysBackWithinHorizon ? (
    <span>It breaks even after {when}.</span>
  ) : (
    <span>It breaks even only after {when}, beyond the {horizonWeeks}-week horizon.</span>
  );
}

/** This task's share of one person's week, against the SRE book's 50% ceiling for all toil. */
function ToilShare({ payback: p }: { payback: Payback }) {
  const share = p.toilShareOfWeek;
  const ceiling = percentText(SRE_TOIL_CEILING_SHARE * 100, 0);
  return (
    <div class="toil-share">
      <p>
        Each person spends <Hours hours={p.toilHoursPerPersonPerWeek} /> a week on this task:{' '}
        <data value={String(share)}>{sharePercentText(share * 100)}</data> of a {WORKING_HOURS_PER_WEEK}-hour week.{' '}
        {share > 1 ? (
          'That is more than a whole working week for one person. Check the task duration and how often; if several people share the work, enter how often each one does it, and how many people, under People.'
        ) : p.exceedsToilCeiling ? (
          `That alone is more than the ${ceiling} of an engineer’s time that Google’s SRE book sets as the ceiling for all toil.`
        ) : (
          <>
            Google’s SRE book aims to keep all toil below {ceiling} of an engineer’s time; this task alone uses{' '}
            <data value={String(share / SRE_TOIL_CEILING_SHARE)}>{sharePercentText((share / SRE_TOIL_CEILING_SHARE) * 100)}</data> of that allowance.
          </>
        )}
      </p>
      <div class="toil-bar" aria-hidden="true">
        <span class="toil-fill" style={{ inlineSize: `${Math.min(100, share * 100)}%` }} />
        <span class="toil-ceiling" style={{ insetInlineStart: `${SRE_TOIL_CEILING_SHARE * 100}%` }}>
          <span>{ceiling}</span>
        </span>
      </div>
    </div>
  );
}
