import type { ApplicationStatus } from '../gql/graphql';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  APPLIED: '已申请，等待用人单位答复',
  HIRED: '已录用',
  REJECTED: '未录用',
  WITHDRAWN: '已撤回',
  CANCELLED: '已取消',
};
