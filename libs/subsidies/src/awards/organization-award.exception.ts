import { domainError, type ErrorCatalogue } from '@app/common';

/** Why an organisation award is refused. */
export enum AwardErrorReason {
  AWARD_NOT_FOUND = 'AWARD_NOT_FOUND',
  ALREADY_AWARDED = 'ALREADY_AWARDED',
  AWARD_TRANSITION = 'AWARD_TRANSITION',
  AWARD_REJECTION_NOTE_REQUIRED = 'AWARD_REJECTION_NOTE_REQUIRED',
  AWARD_PAID_ON_IN_FUTURE = 'AWARD_PAID_ON_IN_FUTURE',
  AWARD_PAID_BEFORE_APPROVAL = 'AWARD_PAID_BEFORE_APPROVAL',
  AWARD_PAYMENT_REFERENCE_REQUIRED = 'AWARD_PAYMENT_REFERENCE_REQUIRED',
  AWARDS_HIDDEN = 'AWARDS_HIDDEN',
}

export const AWARD_ERRORS: ErrorCatalogue<AwardErrorReason> = {
  AWARD_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该奖补', en: 'Organisation award {id} was not found' },
  ALREADY_AWARDED: {
    code: 'CONFLICT',
    zh: '该单位已获得或已申报过{title}：同一单位每个档次只奖补一次（被驳回的除外）',
    en: 'The organisation already has this award (level): once per organisation and level, a rejected one aside',
  },
  AWARD_TRANSITION: { code: 'BAD_USER_INPUT', zh: '状态为{from}的奖补不能改为{to}', en: 'a {from} award cannot become {to}' },
  AWARD_REJECTION_NOTE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '驳回时请说明原因', en: 'a rejection needs a note saying why' },
  AWARD_PAID_ON_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '发放日期不能晚于今天', en: 'paidOn must not be in the future' },
  AWARD_PAID_BEFORE_APPROVAL: {
    code: 'BAD_USER_INPUT',
    zh: '发放日期不能早于审核通过的日期 {approvedOn}',
    en: 'paidOn must not be before {approvedOn}, the day the award was approved',
  },
  AWARD_PAYMENT_REFERENCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写发放凭证号或转账流水号',
    en: 'reference must name the payment (voucher or transfer number)',
  },
  AWARDS_HIDDEN: {
    code: 'FORBIDDEN',
    zh: '只能查看本单位获得的奖补；其他单位的奖补仅限所辖地区的人社部门查看',
    en: 'An organisation sees its own awards only; others are seen by a bureau of their region',
  },
};

export class AwardError extends domainError(AWARD_ERRORS) {}

/** The Chinese names of the award statuses, for AWARD_TRANSITION. */
export const AWARD_STATUS_TEXT: Readonly<Record<string, { zh: string; en: string }>> = {
  PROPOSED: { zh: '待审核', en: 'PROPOSED' },
  APPROVED: { zh: '已通过', en: 'APPROVED' },
  REJECTED: { zh: '已驳回', en: 'REJECTED' },
  PAID: { zh: '已发放', en: 'PAID' },
};
