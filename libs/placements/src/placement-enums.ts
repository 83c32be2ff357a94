export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  HIRED = 'HIRED',
  /** Hired, then the placement was cancelled (cancelPlacement): no longer live, so the worker may apply again. */
  CANCELLED = 'CANCELLED',
}

/** From the worker's hukou county and the workplace county: 县内 / 省内县外 / 省外. */
export enum PlacementScope {
  SAME_COUNTY = 'SAME_COUNTY',
  OTHER_COUNTY_SAME_PROVINCE = 'OTHER_COUNTY_SAME_PROVINCE',
  OTHER_PROVINCE = 'OTHER_PROVINCE',
}

/**
 * UPCOMING is never stored: a placement stored ACTIVE whose start date is still in the future (China time) is
 * UPCOMING, and becomes ACTIVE on its start date by itself (see placementStatusOn).
 */
export enum PlacementStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}

/** The status a caller sees on `today`: ACTIVE before the start date reads UPCOMING. */
export function placementStatusOn(placement: { status: PlacementStatus; startDate: string }, today: string): PlacementStatus {
  return placement.status === PlacementStatus.ACTIVE && placement.startDate > today ? PlacementStatus.UPCOMING : placement.status;
}

export enum PlacementEndReason {
  RETURNED_HOME = 'RETURNED_HOME',
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  RESIGNED = 'RESIGNED',
  DISMISSED = 'DISMISSED',
  OTHER = 'OTHER',
}

/**
 * FORMING: the agency builds the roster; APPROVED: the posting's employer approved this roster and date (any change
 * sends it back to FORMING); DEPARTED: on the road; ARRIVED: everyone left on the roster arrived; CANCELLED: called off
 * by the agency before departure.
 */
export enum PlacementGroupStatus {
  FORMING = 'FORMING',
  DEPARTED = 'DEPARTED',
  ARRIVED = 'ARRIVED',
  APPROVED = 'APPROVED',
  CANCELLED = 'CANCELLED',
}

/** How an organising agency reached the worker for a follow-up (跟踪回访). */
export enum FollowUpChannel {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  MESSAGE = 'MESSAGE',
  OTHER = 'OTHER',
}
