import { percent, progressStatus, PROGRESS_STATUS_LABELS, ratioOf } from './progress-status';

/**
 * 目标完成率 of the viewed region: workers employed in the period against the year's target, as a bar (Metabase's
 * progress bar) with the ratio and its band in words.
 */
export function TargetProgress({
  achieved,
  target,
  targetYear,
  periodLabel,
}: {
  achieved: number;
  target: number | null;
  targetYear: number;
  periodLabel: string;
}) {
  const ratio = ratioOf(achieved, target);
  const status = progressStatus(ratio);
  const filled = Math.min(ratio ?? 0, 1) * 100;
  return (
    <section aria-labelledby="dashboard-progress" className="card dashboard-section">
      <h2 id="dashboard-progress">目标完成率</h2>
      <p className="dashboard-ratio">
        <strong>{percent(ratio)}</strong> <span className={`dashboard-status dashboard-${status}`}>{PROGRESS_STATUS_LABELS[status]}</span>
      </p>
      {/* SVG attributes rather than an inline style: the page's CSP allows no inline styles. */}
      <svg className={`dashboard-progress dashboard-${status}`} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
        <rect className="dashboard-progress-track" width="100" height="8" />
        <rect className="dashboard-progress-fill" width={filled} height="8" />
      </svg>
      <p>
        {periodLabel}务工人数 <strong>{achieved}</strong> 人
        {target ? (
          <>
            ，{targetYear}年目标 <strong>{target}</strong> 人
          </>
        ) : (
          `，${targetYear}年还没有设定目标`
        )}
        。
      </p>
    </section>
  );
}
