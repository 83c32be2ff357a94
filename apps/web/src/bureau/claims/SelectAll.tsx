import type { Selection } from './use-selection';

/**
 * 全选 for a batch and how many are chosen (announced as it changes); `excluded` says what 全选 leaves out and why
 * (e.g. 不含本账号不能批准的 2 项).
 */
export function SelectAll({ selection, total, label, excluded }: { selection: Selection; total: number; label: string; excluded?: string }) {
  const { selectable } = selection;
  const all = selectable.length > 0 && selectable.every((key) => selection.has(key));
  return (
    <div className="bureau-select-all">
      <label className="check">
        <input type="checkbox" checked={all} disabled={selectable.length === 0} onChange={(e) => selection.setAll(e.target.checked)} />
        {label}
      </label>
      <span className="muted" aria-live="polite">
        已选 {selection.chosen.length} / {total} 项{excluded && `（全选${excluded}）`}
      </span>
    </div>
  );
}
