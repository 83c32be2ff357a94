import { useCallback, useMemo, useState } from 'react';

export interface Selection {
  /** The chosen keys that are still on the page (a claim someone else decided meanwhile drops out). */
  chosen: string[];
  has: (key: string) => boolean;
  toggle: (key: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  /** After a batch: what succeeded leaves the selection, what failed stays chosen to fix and send again. */
  drop: (keys: readonly string[]) => void;
}

/** Which items of a list are ticked for a batch, by key; `visible` are the keys the page shows now. */
export function useSelection(visible: readonly string[]): Selection {
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
  const setAll = useCallback((on: boolean) => setPicked(on ? new Set(visible) : new Set()), [visible]);
  const drop = useCallback((keys: readonly string[]) => {
    setPicked((now) => new Set([...now].filter((key) => !keys.includes(key))));
  }, []);
  return { chosen, has: (key) => picked.has(key), toggle, setAll, drop };
}
