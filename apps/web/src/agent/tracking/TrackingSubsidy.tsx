import { PlacementSubsidy } from '../../common/subsidies/PlacementSubsidy';

/**
 * Whether the agency may claim the 一次性跟踪服务补贴 for this placement, as the server assesses it today (contract,
 * social insurance months the employer confirmed, the worker's categories, the policy in force), and 申请跟踪服务补贴
 * when it may.
 */
export function TrackingSubsidy({ placementId, describedBy }: { placementId: string; describedBy: string }) {
  return (
    <PlacementSubsidy
      placementId={placementId}
      beneficiary="AGENT"
      kinds={['TRACKING_SERVICE']}
      claimLabel={() => '申请跟踪服务补贴'}
      none="现行政策没有跟踪服务补贴。"
      className="agent-lines"
      describedBy={describedBy}
    />
  );
}
