/** Nearest-rank percentile of milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank];
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
