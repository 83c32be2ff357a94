import { useId } from 'react';

export interface TrendSeries {
  label: string;
  values: number[];
  /** A CSS class giving colour and dash pattern: lines differ by pattern and marker, not colour alone. */
  className: string;
  marker: 'circle' | 'square' | 'triangle';
}

const WIDTH = 480;
const HEIGHT = 260;
const PAD = { top: 16, right: 12, bottom: 40, left: 44 };

/** A round step for the axis: 1, 2 or 5 times a power of ten, about four gridlines up to the highest value. */
function niceStep(max: number): number {
  const raw = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return Math.max(1, step);
}

function Marker({ kind, x, y }: { kind: TrendSeries['marker']; x: number; y: number }) {
  if (kind === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />;
  if (kind === 'triangle') return <polygon points={`${x},${y - 4.5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} />;
  return <circle cx={x} cy={y} r={3.5} />;
}

/**
 * The twelve-month trend as inline SVG (no chart library: the bundle budget), with the target as a dashed line.
 * Screen readers get the title and a one-line summary; the table beside it holds every number.
 */
export function TrendChart({ months, series, target, summary }: { months: string[]; series: TrendSeries[]; target: number | null; summary: string }) {
  const titleId = useId();
  const max = Math.max(target ?? 0, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (months.length === 1 ? plotWidth / 2 : (i * plotWidth) / (months.length - 1));
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);

  return (
    <figure className="dashboard-figure">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="dashboard-chart">
        <title id={titleId}>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick} className="dashboard-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, i) => (
          <text key={month} x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className="dashboard-axis">
            {Number(month.slice(5))}月
          </text>
        ))}
        <text x={x(0)} y={HEIGHT - 6} textAnchor="start" className="dashboard-axis">
          {months[0]?.slice(0, 4)}年
        </text>
        {target !== null && (
          <g className="dashboard-target">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target)} y2={y(target)} />
            <text x={WIDTH - PAD.right} y={y(target) - 5} textAnchor="end">
              目标 {target}
            </text>
          </g>
        )}
        {series.map((s) => (
          <g key={s.label} className={s.className}>
            <polyline fill="none" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <Marker key={months[i]} kind={s.marker} x={x(i)} y={y(v)} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="dashboard-legend">
          {series.map((s) => (
            <li key={s.label}>
              <svg width="28" height="12" aria-hidden="true" className={s.className}>
                <line x1="0" x2="28" y1="6" y2="6" />
                <Marker kind={s.marker} x={14} y={6} />
              </svg>
              {s.label}
            </li>
          ))}
          {target !== null && (
            <li>
              <svg width="28" height="12" aria-hidden="true" className="dashboard-target">
                <line x1="0" x2="28" y1="6" y2="6" />
              </svg>
              年度目标（务工人数）
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
