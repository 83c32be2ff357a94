import { useCallback, useState } from 'react';
import { RouteError } from './rest-files';

/** One file action at a time (a download or an upload), with its Chinese error and whether it is running. */
export function useFileAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof RouteError ? caught.message : '操作失败，请稍后重试。');
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
