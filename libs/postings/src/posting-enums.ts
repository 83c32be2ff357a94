/** 东西部劳务协作, 就业帮扶车间, 乡村公益性岗位, ordinary local jobs. */
export enum PostingKind {
  EAST_WEST = 'EAST_WEST',
  WORKSHOP = 'WORKSHOP',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  LOCAL = 'LOCAL',
}

export enum PostingStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  FILLED = 'FILLED',
}

/** 一人一岗, each contract at most one year. */
export const PUBLIC_WELFARE_MAX_CONTRACT_MONTHS = 12;
export const MAX_CONTRACT_MONTHS = 60;
