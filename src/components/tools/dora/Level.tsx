import type { BenchmarkYear, Cluster, ClusteredYear } from '../../../lib/dora/benchmark-schema';
import type { ClusterMetric, MetricTier, PerformanceLevel } from '../../../lib/dora/classify';
import { TIER_LABELS, type Tier } from '../../../lib/dora/tiers';
import { DataTable } from '../../ui/DataTable';

/** The ids of every input, for `<output for>`. */
const INPUT_IDS = 'dora-lt dora-df dora-fdrt dora-cfr dora-rework dora-year';

type Level = Extract<PerformanceLevel, { kind: 'level' }>;

/** The overall level, or why a year has none. */
export function LevelOutput({ result }: { result: PerformanceLevel }) {
  return (
    <p class="dora-level">
      <output name="level" for={INPUT_IDS}>
        {result.kind === 'level' ? (
          <>
            <span class="big-number">
              <data value={result.level}>{TIER_LABELS[result.level]}</data>
            </span>{' '}
            <span>
              Your answers are nearest to the {TIER_LABELS[result.level]} cluster of the {result.year} report.
            </span>
          </>
        ) : (
          <span>
            <strong>No level for {result.year}.</strong> {result.message}
          </span>
        )}
      </output>
    </p>
  );
}

const tierList = (tiers: readonly Tier[]) => tiers.map((t) => TIER_LABELS[t]).join(', ');

/** Each answer against every cluster's published cell for that metric. */
export function MetricTable({ result }: { result: Level }) {
  return (
    <DataTable
      caption={`Each answer against the ${result.year} clusters`}
      columns={[`Metric (${result.year} name)`, 'Your answer', 'Inside the published value of', 'Counts towards']}
    >
      {result.metrics.map((m) => (
        <tr key={m.metric}>
          <th scope="row">{m.name}</th>
          <td>{m.valueLabel}</td>
          <td>{m.matchingTiers.length > 0 ? tierList(m.matchingTiers) : `None; nearest: ${tierList(m.nearestTiers)}`}</td>
          <td>
            <data value={m.tier}>{TIER_LABELS[m.tier]}</data>
            <span class="meta"> {RULE_WORDS[m.rule]}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const RULE_WORDS: Record<MetricTier['rule'], string> = {
  'only-match': '(the only match)',
  'highest-of-overlapping': '(highest of the overlapping clusters)',
  nearest: '(nearest)',
  'lower-of-equidistant': '(lower of the equally near)',
};

const TABLE_METRICS = ['deploymentFrequency', 'leadTime', 'recoveryTime', 'changeFailureRate'] as const;

function share(cluster: Cluster): string {
  const s = cluster.sharePercent;
  if (s === undefined) return 'not published';
  return typeof s === 'number' ? `${s}%` : `${s[0]}–${s[1]}%`;
}

/** The year's cluster table as published, the learner's row and matching cells marked in words as well as colour. */
export function BenchmarkTable({ entry, result }: { entry: ClusteredYear; result: Level }) {
  const inside = (metric: ClusterMetric, tier: Tier) =>
    result.metrics.find((m) => m.metric === metric)?.matchingTiers.includes(tier) ?? false;
  return (
    <DataTable
      class="benchmark-table"
      caption={`The ${entry.year} clusters as published (${entry.source.title}). Your level’s row is marked; ✓ marks each published value your answer falls in.`}
      columns={['Cluster', 'Share of respondents', ...TABLE_METRICS.map((metric) => entry.metricNames[metric])]}
    >
      {entry.clusters.map((cluster) => {
        const current = cluster.tier === result.level;
        return (
          <tr key={cluster.tier} aria-current={current ? 'true' : undefined} class={current ? 'current' : undefined}>
            <th scope="row">
              {TIER_LABELS[cluster.tier]}
              {current && <span class="you"> (your level)</span>}
            </th>
            <td>{share(cluster)}</td>
            {TABLE_METRICS.map((metric) => (
              <td key={metric}>
                {cluster[metric].label}
                {inside(metric, cluster.tier) && (
                  <>
                    {' '}
                    <span aria-hidden="true">✓</span>
                    <span class="visually-hidden">(your answer)</span>
                  </>
                )}
              </td>
            ))}
          </tr>
        );
      })}
    </DataTable>
  );
}

/** How a level was decided and the year's editorial notes (left out when embedded, where the lesson explains). */
export function Notes({ entry, result, embedded }: { entry: BenchmarkYear; result: PerformanceLevel; embedded: boolean }) {
  return (
    <div class={embedded ? 'dora-notes' : 'two-columns dora-notes'}>
      {result.kind === 'level' && (
        <section aria-labelledby="dora-decided">
          <h3 id="dora-decided">How this level was decided</h3>
          <ul>
            {result.decisionNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      {(!embedded || result.kind !== 'level') && (
        <section aria-labelledby="dora-year-notes">
          <h3 id="dora-year-notes">About the {entry.year} report</h3>
          <ul>
            {entry.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
