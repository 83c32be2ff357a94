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

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
