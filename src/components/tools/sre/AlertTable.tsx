import type { AlertPolicyEvaluation } from '../../../lib/slo/burn-rate/alert-policy';
import { formatNumber, formatPercent } from '../../../lib/format';
import { Duration } from '../../ui/Duration';
import { Num } from '../../ui/Num';

/** The evaluated policy: one line per row, with its time to fire at the simulated error rate. */
export function AlertTable({ evaluation, errorRatio }: { evaluation: AlertPolicyEvaluation; errorRatio: number }) {
  return (
    <div class="table-scroll" tabIndex={0}>
      <table>
        <caption>
          Alert rows, with time to fire at a <Num value={errorRatio}>{formatPercent(errorRatio, 4)}</Num> error rate
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Severity</th>
            <th scope="col">Long window</th>
            <th scope="col">Short window</th>
            <th scope="col">Burn rate</th>
            <th scope="col">Error rate threshold</th>
            <th scope="col">Budget consumed</th>
            <th scope="col">Time to fire</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>{r.row.severity}</td>
              <td>
                <Duration seconds={r.row.longWindowSeconds} />
              </td>
              <td>
                <Duration seconds={r.shortWindowSeconds} />
              </td>
              <td>
                <Num value={r.burnRateThreshold}>{formatNumber(r.burnRateThreshold, 4)}</Num>
              </td>
              <td>
                <Num value={r.errorRatioThreshold}>{formatPercent(r.errorRatioThreshold, 4)}</Num>
              </td>
              <td>
                <Num value={r.budgetConsumedWhenFired}>{formatPercent(r.budgetConsumedWhenFired, 4)}</Num>
              </td>
              <td>
                {!r.canFire ? (
                  <>
                    <strong>Can't fire.</strong> {r.cannotFireReason}
                  </>
                ) : r.timeToFireSeconds === null ? (
                  <>never (needs more than {formatPercent(r.errorRatioThreshold, 4)})</>
                ) : (
                  <Duration seconds={r.timeToFireSeconds} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
