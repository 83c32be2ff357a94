import type { ReactNode } from 'react';
import { NotFoundPage } from '../common/NotFoundPage';
import { BureauNav } from './BureauNav';
import { BureauOnly } from './BureauOnly';
import { DashboardPage } from './dashboard/DashboardPage';
import { ClaimsPages } from './claims/ClaimsPages';
import { queuePage } from './queues/queue-pages';
import { reportPage } from './reports/report-pages';

/** The bureau's pages under /bureau, one chunk loaded when a bureau officer first opens one of them. */
export function BureauPages({ path }: { path: string }) {
  return (
    <BureauOnly>
      {(regionCode) => (
        <>
          <BureauNav />
          {page(path, regionCode)}
        </>
      )}
    </BureauOnly>
  );
}

// Each page takes the account's jurisdiction; the pages pick regions inside it themselves.
function page(path: string, regionCode: string): ReactNode {
  if (path === '/bureau') return <DashboardPage regionCode={regionCode} />;
  if (path === '/bureau/claims' || path.startsWith('/bureau/claims/')) return <ClaimsPages path={path} regionCode={regionCode} />;
  const queue = queuePage(path, regionCode);
  if (queue) return queue;
  const report = reportPage(path, regionCode);
  if (report) return report;
  return <NotFoundPage />;
}
