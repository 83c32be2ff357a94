/** 三类人员 and their sub-groups; a person may be in several at once, and the set changes over time. */
export enum WorkerCategory {
  POVERTY_ALLEVIATED = 'POVERTY_ALLEVIATED', // 脱贫人口
  MONITORING_TARGET = 'MONITORING_TARGET', // 监测对象
  LOW_INCOME_ALLOWANCE = 'LOW_INCOME_ALLOWANCE', // 农村低保
  EXTREME_HARDSHIP = 'EXTREME_HARDSHIP', // 农村特困
  RELOCATED = 'RELOCATED', // 易地搬迁
}

/** 全劳力 / 弱劳力 / 半劳力. */
export enum LaborCapacity {
  FULL = 'FULL',
  WEAK = 'WEAK',
  HALF = 'HALF',
}

export enum SeekingStatus {
  SEEKING = 'SEEKING',
  EMPLOYED = 'EMPLOYED',
  NOT_SEEKING = 'NOT_SEEKING',
}

/**
 * Where a registration stands (issue 15, item 4). A registration by anyone but a bureau waits for the bureau of the
 * worker's hukou (已提交，待核实), which accepts it, refuses it, or merges it into the person already registered.
 */
export enum RegistrationStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Why a bureau reads a full resident ID number (revealIdNumber): a fixed list, each call audited with a note. */
export enum RevealPurpose {
  SUBSIDY_PAYMENT = 'SUBSIDY_PAYMENT', // 补贴发放（代发、银行卡核对）
  IDENTITY_CHECK = 'IDENTITY_CHECK', // 当面或电话核验身份
  DUPLICATE_REVIEW = 'DUPLICATE_REVIEW', // 重复登记核查
  DATA_CORRECTION = 'DATA_CORRECTION', // 信息更正
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE', // 社保参保核对
  LEGAL_REQUEST = 'LEGAL_REQUEST', // 依法协查（公检法、审计等）
}

export const REVEAL_PURPOSE_LABELS: Record<RevealPurpose, string> = {
  SUBSIDY_PAYMENT: '补贴发放（代发、银行账户核对）',
  IDENTITY_CHECK: '当面或电话核验本人身份',
  DUPLICATE_REVIEW: '重复登记核查',
  DATA_CORRECTION: '登记信息更正',
  SOCIAL_INSURANCE: '社保参保信息核对',
  LEGAL_REQUEST: '依法协查（公安、法院、审计等书面要求）',
};
