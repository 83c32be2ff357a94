import { useId } from 'react';

const WIDTH = 400;
const BAR = 20;
const GAP = 8;
const LABEL = 112;
const VALUE = 72;

export interface BarSeries {
  label: string;
  /** Fill and pattern: two series differ by more than colour (solid and outlined bars). */
  className: string;
}

/**
 * Horizontal bars, one group per row of a breakdown (one bar per series), each labelled with its number; the table
 * beside it is the text alternative.
 */
export function BarChart({
  bars,
  summary,
  series = [{ label: '', className: 'dashboard-bar' }],
  format = String,
}: {
  bars: Array<{ label: string; values: number[] }>;
  summary: string;
  series?: BarSeries[];
  format?: (value: number) => string;
}) {
  const titleId = useId();
  const max = Math.max(1, ...bars.flatMap((b) => b.values));
  const group = series.length * BAR + GAP;
  const height = bars.length * group + GAP;
  const span = WIDTH - LABEL - VALUE;
  return (
    <figure className="dashboard-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} className="dashboard-chart dashboard-bars">
        <title id={titleId}>{summary}</title>
        {bars.map((bar, i) => {
          const top = GAP + i * group;
          return (
            <g key={bar.label}>
              <text x={LABEL - 8} y={top + (series.length * BAR) / 2 + 5} textAnchor="end">
                {bar.label}
              </text>
              {bar.values.map((value, s) => {
                const width = (value / max) * span;
                const y = top + s * BAR;
                return (
                  <g key={series[s]?.label ?? s}>
                    <rect x={LABEL} y={y + 3} width={Math.max(width, value > 0 ? 2 : 0)} height={BAR - 6} className={series[s]?.className ?? 'dashboard-bar'} />
                    <text x={LABEL + width + 6} y={y + BAR / 2 + 5}>
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption>
          <ul className="dashboard-legend">
            {series.map((s) => (
              <li key={s.label}>
                <svg width="18" height="12" aria-hidden="true">
                  <rect x="1" y="1" width="16" height="10" className={s.className} />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
