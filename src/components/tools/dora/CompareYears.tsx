import type { DoraAnswers } from '../../../lib/dora/answer-scale';
import type { BenchmarkYear } from '../../../lib/dora/benchmark-schema';
import { performanceLevel } from '../../../lib/dora/classify';
import { TIER_LABELS } from '../../../lib/dora/tiers';
import { roundedNumber } from '../../../lib/format-rounded';
import { DataTable } from '../../ui/DataTable';

/** The same answers classified against every report year: clusters move, so levels do too. */
export function CompareYears({ years, answers, selectedYear }: { years: readonly BenchmarkYear[]; answers: DoraAnswers; selectedYear: number }) {
  return (
    <section aria-labelledby="dora-compare-heading">
      <h3 id="dora-compare-heading">The same team in each report year</h3>
      <p>Each year’s clusters come from that year’s respondents, so the same answers can land in different levels.</p>
      <DataTable
        class="compare-years"
        caption="Your answers classified against each report year’s clusters"
        columns={['Report year', 'Level', 'Distance from that cluster']}
      >
        {years.map((entry) => {
          const result = performanceLevel(entry, answers);
          const current = entry.year === selectedYear;
          const fit = result.kind === 'level' ? result.ranking[0] : undefined;
          return (
            <tr key={entry.year} aria-current={current ? 'true' : undefined} class={current ? 'current' : undefined}>
              <th scope="row">
                {entry.year}
                {current && <span class="you"> (selected)</span>}
              </th>
              {result.kind === 'level' ? (
                <>
                  <td>
                    <data value={result.level}>{TIER_LABELS[result.level]}</data>
                  </td>
                  <td>
                    {fit && (
                      <>
                        <data value={String(fit.distancePoints)}>{roundedNumber(fit.distancePoints)}</data> points
                        {fit.distancePoints === 0 && ' (every answer inside its published values)'}
                      </>
                    )}
                  </td>
                </>
              ) : (
                <td colSpan={2}>
                  No clusters{entry.kind === 'team-profiles' ? `: ${entry.teamProfileCount} team profiles instead` : ''}
                </td>
              )}
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
