import { useCallback, useMemo, useState } from 'react';

export interface Selection {
  /** The chosen keys that are still on the page (a claim someone else decided meanwhile drops out). */
  chosen: string[];
  /** What 全选 takes: the items this account may act on, as the server says. */
  selectable: readonly string[];
  has: (key: string) => boolean;
  toggle: (key: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  /** After a batch: what succeeded leaves the selection, what failed stays chosen to fix and send again. */
  drop: (keys: readonly string[]) => void;
}

/**
 * Which items of a list are ticked for a batch, by key: `visible` are the keys the page shows now, `selectable` those
 * 全选 takes (all of them unless said otherwise). Any visible item may still be ticked by hand: the server decides.
 */
export function useSelection(visible: readonly string[], selectable: readonly string[] = visible): Selection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(() => visible.filter((key) => picked.has(key)), [visible, picked]);
  const toggle = useCallback((key: string, on: boolean) => {
    setPicked((now) => {
      const next = new Set(now);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const setAll = useCallback((on: boolean) => setPicked(on ? new Set(selectable) : new Set()), [selectable]);
  const drop = useCallback((keys: readonly string[]) => {
    setPicked((now) => new Set([...now].filter((key) => !keys.includes(key))));
  }, []);
  return { chosen, selectable, has: (key) => picked.has(key), toggle, setAll, drop };
}
