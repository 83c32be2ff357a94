import { ClaimableSubsidies } from '../../common/subsidies/ClaimableSubsidies';
import { AgentNav } from '../AgentNav';
import { OrganisedPlacements } from './OrganisedPlacements';
import { TrackingClaims } from './TrackingClaims';

/**
 * 跟踪服务: the placements the agency organised (nominations and group arrivals), the months their employers
 * confirmed (read only: only the employer attests a month), the agency's own follow-ups with a form to record one, what
 * it may claim now across all of them, and its 一次性跟踪服务补贴 claims.
 */
export function TrackingPage() {
  return (
    <main className="agent-page">
      <AgentNav />
      <h1>跟踪服务</h1>
      <OrganisedPlacements />
      <ClaimableSubsidies heading="可申请的补贴" empty="目前没有可以申请的跟踪服务补贴。" />
      <TrackingClaims />
    </main>
  );
}
