/** Target progress in three bands (legend colours as DHIS2 draws them), each with a word so colour is never alone. */
export type ProgressStatus = 'behind' | 'near' | 'met' | 'none';

export const BEHIND_BELOW = 0.9;
export const MET_FROM = 1;

export function progressStatus(ratio: number | null): ProgressStatus {
  if (ratio === null) return 'none';
  if (ratio < BEHIND_BELOW) return 'behind';
  if (ratio < MET_FROM) return 'near';
  return 'met';
}

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  behind: '滞后（低于90%）',
  near: '接近（90%–100%）',
  met: '达标（100%及以上）',
  none: '未设目标',
};

/** achieved / target, null without a target (or a target of 0, which nothing can be measured against). */
export function ratioOf(achieved: number, target: number | null | undefined): number | null {
  return target ? achieved / target : null;
}

/** 1.04 → 104.0%; one decimal so 89.96 % does not read as 90 % while it is still red. */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(Math.floor(ratio * 1000 + 1e-9) / 10).toFixed(1)}%`;
}
