import type { Selection } from './use-selection';

/** 全选 for a batch, and how many are chosen (announced as it changes). */
export function SelectAll({ selection, total, label }: { selection: Selection; total: number; label: string }) {
  const all = total > 0 && selection.chosen.length === total;
  return (
    <div className="bureau-select-all">
      <label className="check">
        <input type="checkbox" checked={all} disabled={total === 0} onChange={(e) => selection.setAll(e.target.checked)} />
        {label}
      </label>
      <span className="muted" aria-live="polite">
        已选 {selection.chosen.length} / {total} 项
      </span>
    </div>
  );
}
