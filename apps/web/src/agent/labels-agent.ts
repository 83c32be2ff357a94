import type { FollowUpChannel, Gender, LaborCapacity, PlacementGroupStatus, SeekingStatus } from '../gql/graphql';

/**
 * A group's state as the agent reads it: FORMING means the roster waits for the employer's approval (again after any
 * change), so the page says so instead of a technical word.
 */
export const GROUP_STATUS_LABELS: Record<PlacementGroupStatus, string> = {
  FORMING: '等待用人单位确认',
  APPROVED: '已确认',
  DEPARTED: '已出发',
  ARRIVED: '已到达',
  CANCELLED: '已取消',
};

/** The order 出行组 lists its groups in: what needs the agent's work first. */
export const GROUP_STATUS_ORDER: PlacementGroupStatus[] = ['FORMING', 'APPROVED', 'DEPARTED', 'ARRIVED', 'CANCELLED'];

export const FOLLOW_UP_CHANNEL_LABELS: Record<FollowUpChannel, string> = {
  PHONE: '电话',
  MESSAGE: '微信或短信',
  VISIT: '上门走访',
  OTHER: '其他',
};

export const GENDER_LABELS: Record<Gender, string> = { FEMALE: '女', MALE: '男' };

export const LABOR_CAPACITY_LABELS: Record<LaborCapacity, string> = {
  FULL: '全劳动力',
  HALF: '半劳动力',
  WEAK: '弱劳动力',
};

export const SEEKING_STATUS_LABELS: Record<SeekingStatus, string> = {
  SEEKING: '正在求职',
  EMPLOYED: '已就业',
  NOT_SEEKING: '暂不求职',
};
