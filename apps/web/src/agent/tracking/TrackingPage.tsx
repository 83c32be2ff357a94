import { AgentNav } from '../AgentNav';
import { OrganisedPlacements } from './OrganisedPlacements';
import { TrackingClaims } from './TrackingClaims';

/**
 * 跟踪服务: the placements the agency organised (nominations and group arrivals), the months their employers
 * confirmed (read only: only the employer attests a month), the agency's own follow-ups with a form to record one, and
 * its 一次性跟踪服务补贴 claims.
 */
export function TrackingPage() {
  return (
    <main className="agent-page">
      <AgentNav />
      <h1>跟踪服务</h1>
      <OrganisedPlacements />
      <TrackingClaims />
    </main>
  );
}
