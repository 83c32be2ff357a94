import { AgentNav } from '../AgentNav';
import { OrganisableWorkers } from './OrganisableWorkers';
import { RecommendedWorkers } from './RecommendedWorkers';

/**
 * 劳动力 (docs/ui-names.md): the workers the agency may organise (its own registrations and those a bureau entrusted to it with
 * the worker's consent in force), found by name, skill and hukou county; and, for a posting, the workers matching
 * it best with the reasons, each put forward with 推荐.
 */
export function WorkersPage() {
  return (
    <main className="agent-page">
      <AgentNav />
      <h1>劳动力</h1>
      <OrganisableWorkers />
      <RecommendedWorkers />
    </main>
  );
}
