import { domainError, type ErrorCatalogue } from '@app/common';

export enum PostingErrorReason {
  POSTING_NOT_FOUND = 'POSTING_NOT_FOUND',
  POSTING_FULL = 'POSTING_FULL',
  POSTING_CLOSED = 'POSTING_CLOSED',
  NOT_POSTING_OWNER = 'NOT_POSTING_OWNER',
  WELFARE_POST_OUTSIDE_JURISDICTION = 'WELFARE_POST_OUTSIDE_JURISDICTION',
  WELFARE_POST_BUREAU_ONLY = 'WELFARE_POST_BUREAU_ONLY',
  OWN_ORGANIZATION_ONLY = 'OWN_ORGANIZATION_ONLY',
  BUREAU_POSTS_WELFARE_ONLY = 'BUREAU_POSTS_WELFARE_ONLY',
  POSTING_NOT_CLOSED = 'POSTING_NOT_CLOSED',
  POSTING_EXPIRED = 'POSTING_EXPIRED',
}

export const POSTING_ERRORS: ErrorCatalogue<PostingErrorReason> = {
  POSTING_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该岗位', en: 'Posting {id} was not found' },
  POSTING_FULL: { code: 'CONFLICT', zh: '该岗位已没有空缺名额（已招满或已关闭）', en: 'This posting has no openings left (it is filled or closed)' },
  POSTING_CLOSED: { code: 'CONFLICT', zh: '该岗位已关闭，关闭的岗位不能修改', en: 'This posting is closed; a closed posting cannot be edited' },
  NOT_POSTING_OWNER: {
    code: 'FORBIDDEN',
    zh: '只有发布岗位的单位（公益性岗位为所属人社部门）才能修改',
    en: 'Only the posting’s own organisation (or, for a public-welfare post, its bureau) can change it',
  },
  WELFARE_POST_OUTSIDE_JURISDICTION: {
    code: 'FORBIDDEN',
    zh: '人社部门不能把公益性岗位移到管辖范围以外',
    en: 'A bureau cannot move a public-welfare post outside its jurisdiction',
  },
  WELFARE_POST_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '乡村公益性岗位只能由人社部门发布',
    en: 'Public-welfare posts (乡村公益性岗位) are created by a bureau',
  },
  OWN_ORGANIZATION_ONLY: { code: 'FORBIDDEN', zh: '用人单位只能为本单位发布岗位', en: 'An employer can only post for its own organisation' },
  BUREAU_POSTS_WELFARE_ONLY: {
    code: 'FORBIDDEN',
    zh: '人社部门只能发布公益性岗位；其他岗位由用人单位发布',
    en: 'A bureau creates PUBLIC_WELFARE posts only; employers post their own jobs',
  },
  POSTING_NOT_CLOSED: {
    code: 'CONFLICT',
    zh: '该岗位未关闭（当前状态：{status}），无需重新开放',
    en: 'This posting is not closed (it is {status}); only a closed posting can be reopened',
  },
  POSTING_EXPIRED: {
    code: 'BAD_USER_INPUT',
    zh: '该岗位的有效期已于 {validUntil} 结束，不能重新开放；请发布一个新岗位',
    en: 'This posting’s validity ended on {validUntil}; it cannot be reopened (create a new posting)',
  },
};

export class PostingError extends domainError(POSTING_ERRORS) {}

/** Also what a caller gets for a posting it may not see: a hidden posting is never admitted to exist. */
export class PostingNotFoundError extends PostingError {
  constructor(id: string) {
    super(PostingErrorReason.POSTING_NOT_FOUND, { params: { id } });
  }
}

/** CONFLICT on `postingId`: the posting is filled or closed. */
export class PostingFullError extends PostingError {
  constructor() {
    super(PostingErrorReason.POSTING_FULL, { field: 'postingId' });
  }
}
