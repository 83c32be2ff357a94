export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  HIRED = 'HIRED',
}

/** From the worker's hukou county and the workplace county: 县内 / 省内县外 / 省外. */
export enum PlacementScope {
  SAME_COUNTY = 'SAME_COUNTY',
  OTHER_COUNTY_SAME_PROVINCE = 'OTHER_COUNTY_SAME_PROVINCE',
  OTHER_PROVINCE = 'OTHER_PROVINCE',
}

export enum PlacementStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

export enum PlacementEndReason {
  RETURNED_HOME = 'RETURNED_HOME',
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  RESIGNED = 'RESIGNED',
  DISMISSED = 'DISMISSED',
  OTHER = 'OTHER',
}

export enum PlacementGroupStatus {
  FORMING = 'FORMING',
  DEPARTED = 'DEPARTED',
  ARRIVED = 'ARRIVED',
}
