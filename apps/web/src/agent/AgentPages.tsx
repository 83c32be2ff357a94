import { matchPath } from '../app/router';
import { LedgerImportPage } from '../bureau/reports/LedgerImportPage';
import { NotFoundPage } from '../common/NotFoundPage';
import { AgentNav } from './AgentNav';
import { AgentOnly } from './AgentOnly';
import { GroupPage } from './groups/GroupPage';
import { GroupsPage } from './groups/GroupsPage';
import { TrackingPage } from './tracking/TrackingPage';
import { WorkersPage } from './workers/WorkersPage';

/** The labour agent's pages under /agent/, one chunk loaded when an agent first opens one of them. */
export function AgentPages({ path }: { path: string }) {
  return <AgentOnly>{page(path)}</AgentOnly>;
}

function page(path: string) {
  if (path === '/agent/workers') return <WorkersPage />;
  if (path === '/agent/groups') return <GroupsPage />;
  if (path === '/agent/placements') return <TrackingPage />;
  // The same import as a bureau's: the agency's own registrations, which the county bureau then reviews.
  if (path === '/agent/import') return <LedgerImportPage nav={<AgentNav />} />;
  const group = matchPath('/agent/groups/:id', path);
  if (group) return <GroupPage groupId={group.id} />;
  return <NotFoundPage />;
}
