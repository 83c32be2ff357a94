import type { Selection } from './use-selection';

/** The tick that puts one item in a batch; its name reads 选择王小兰 · 一次性交通补助, the visible text only the item. */
export function ClaimPick({ itemKey, label, selection }: { itemKey: string; label: string; selection: Selection }) {
  return (
    <label className="check bureau-pick">
      <input type="checkbox" checked={selection.has(itemKey)} onChange={(e) => selection.toggle(itemKey, e.target.checked)} />
      <span className="visually-hidden">选择</span>
      <span className="title">{label}</span>
    </label>
  );
}
