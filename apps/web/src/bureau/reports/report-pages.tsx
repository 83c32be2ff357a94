import type { ReactNode } from 'react';
import { LedgerImportPage } from './LedgerImportPage';
import { WeeklyReportPage } from './WeeklyReportPage';

/** The bureau's reports and imports by path (BureauNav's 周报 and 台账导入), or null for another path. */
export function reportPage(path: string, jurisdiction: string): ReactNode | null {
  if (path === '/bureau/reports') return <WeeklyReportPage jurisdiction={jurisdiction} />;
  if (path === '/bureau/import') return <LedgerImportPage />;
  return null;
}
