import type { DimensionScore } from '../../lib/quiz/score';

/**
 * Horizontal bars for the facet scores, with the same numbers in a table for
 * screen readers and print. The SVG is hidden from assistive technology in
 * favour of the table, which carries everything the chart shows.
 */
export function FacetChart({ facets }: { facets: DimensionScore[] }) {
  const row = 28;
  const labelWidth = 210;
  const barWidth = 300;
  const height = facets.length * row + 24;
  return (
    <figure class="facet-chart">
      <svg class="chart" viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`} role="img" aria-labelledby="facet-chart-title facet-chart-desc">
        <title id="facet-chart-title">Facet scores</title>
        <desc id="facet-chart-desc">Each facet of the work scored from 0 to 100; 50 is the neutral midpoint. The table below gives the same numbers.</desc>
        <line class="grid" x1={labelWidth + barWidth / 2} x2={labelWidth + barWidth / 2} y1={0} y2={height - 18} stroke-dasharray="4 3" />
        {facets.map((facet, i) => {
          const y = i * row + 4;
          const width = facet.fit === null ? 0 : (facet.fit / 100) * barWidth;
          return (
            <g key={facet.id}>
              <text x={labelWidth - 8} y={y + 15} text-anchor="end">
                {facet.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={16} class="bar-track" />
              <rect x={labelWidth} y={y + 3} width={width} height={16} class="bar" />
              <text x={labelWidth + barWidth + 6} y={y + 15}>
                {facet.fit === null ? '–' : facet.fit}
              </text>
            </g>
          );
        })}
        <text x={labelWidth} y={height - 4}>0</text>
        <text x={labelWidth + barWidth / 2} y={height - 4} text-anchor="middle">50</text>
        <text x={labelWidth + barWidth} y={height - 4} text-anchor="end">100</text>
      </svg>
      <figcaption class="visually-hidden">Facet scores, also given in the table below.</figcaption>
    </figure>
  );
}

export function FacetTable({ facets }: { facets: DimensionScore[] }) {
  return (
    <div class="table-scroll" tabIndex={0}>
      <table>
        <caption>Facet scores (0–100, 50 is neutral)</caption>
        <thead>
          <tr>
            <th scope="col">Facet</th>
            <th scope="col">Score</th>
            <th scope="col">Questions answered</th>
          </tr>
        </thead>
        <tbody>
          {facets.map((facet) => (
            <tr key={facet.id}>
              <th scope="row">{facet.label}</th>
              <td>{facet.fit === null ? <span>Not enough answers</span> : <data value={String(facet.fit)}>{facet.fit}</data>}</td>
              <td>
                {facet.answered} of {facet.items}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
