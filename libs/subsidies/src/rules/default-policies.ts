import type { SubsidyPolicy, WorkerCategoryCode } from './policy.js';

const THREE_CATEGORIES: readonly WorkerCategoryCode[] = ['POVERTY_ALLEVIATED', 'MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE', 'EXTREME_HARDSHIP', 'RELOCATED'];
/** 脱贫人口（含监测帮扶对象） */
const POVERTY_OR_MONITORED: readonly WorkerCategoryCode[] = ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'];

/** The absorption minimum every shipped policy states: one stable month (validatePolicy requires one). */
const ABSORPTION_MINIMUM = { type: 'minStableMonths', months: 1 } as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * 贵州省人力资源和社会保障厅等六部门《关于切实加强就业帮扶巩固拓展脱贫攻坚成果助力乡村振兴的实施意见》
 * (seeds/002), sections (四) and (五). The text takes effect on its undated issue day in 2021 and runs to 2025-12-31;
 * validFrom is 2021-01-01 until a bureau publishes a version with the exact day.
 * "种养大户" has no organisation kind of its own: a big grower registered as an enterprise qualifies as small/micro.
 */
export const GUIZHOU_POLICY: SubsidyPolicy = deepFreeze({
  provinceCode: '520000',
  name: '贵州省就业帮扶一次性补贴',
  version: '1',
  validFrom: '2021-01-01',
  validTo: '2025-12-31',
  rules: [
    {
      // 新跨省务工且稳定就业3个月及以上的脱贫人口（含监测帮扶对象）…最高不超过500元
      kind: 'TRANSPORT',
      beneficiary: 'WORKER',
      amount: 500,
      oncePer: 'PERSON_KIND',
      conditions: [
        { type: 'categoryAtStart', anyOf: POVERTY_OR_MONITORED },
        { type: 'scope', anyOf: ['OTHER_PROVINCE'] },
        { type: 'minStableMonths', months: 3 },
      ],
    },
    {
      // 三类人员首次通过有组织劳务输出方式到户籍所在县以外省内就业…500元
      kind: 'JOB_SEEKING',
      beneficiary: 'WORKER',
      amount: 500,
      oncePer: 'PERSON_KIND',
      conditions: [
        { type: 'categoryAtStart', anyOf: THREE_CATEGORIES },
        { type: 'scope', anyOf: ['OTHER_COUNTY_SAME_PROVINCE'] },
        { type: 'organized' },
        { type: 'firstOrganizedPlacement' },
      ],
    },
    {
      // …省外就业的…1000元
      kind: 'JOB_SEEKING',
      beneficiary: 'WORKER',
      amount: 1000,
      oncePer: 'PERSON_KIND',
      conditions: [
        { type: 'categoryAtStart', anyOf: THREE_CATEGORIES },
        { type: 'scope', anyOf: ['OTHER_PROVINCE'] },
        { type: 'organized' },
        { type: 'firstOrganizedPlacement' },
      ],
    },
    {
      // 人力资源服务机构、劳务公司、劳务合作社、劳务经纪人等组织三类人员就业，协助签订1年以上劳动合同并依法缴纳
      // 社会保险费满3个月及以上的，按照每人500元的标准给予一次性跟踪服务补贴
      kind: 'TRACKING_SERVICE',
      beneficiary: 'AGENT',
      amount: 500,
      oncePer: 'PERSON_KIND_BENEFICIARY',
      conditions: [
        { type: 'categoryAtStart', anyOf: THREE_CATEGORIES },
        { type: 'organized' },
        { type: 'minContractMonths', months: 12 },
        { type: 'minSocialInsuranceMonths', months: 3 },
      ],
    },
    {
      // 对吸纳三类人员就业的农民合作社、种养大户、家庭农场、就业帮扶车间、小微企业等生产经营主体…每人500元
      kind: 'ABSORPTION',
      beneficiary: 'EMPLOYER',
      amount: 500,
      oncePer: 'PERSON_KIND_BENEFICIARY',
      conditions: [
        { type: 'categoryAtStart', anyOf: THREE_CATEGORIES },
        { type: 'employerKind', anyOf: ['COOPERATIVE', 'FAMILY_FARM', 'WORKSHOP', 'ASSISTANCE_BASE'], orSmallOrMicro: true },
        // 吸纳…就业: the worker actually employed at least one full month (our reading; a one-day job earns nothing).
        ABSORPTION_MINIMUM,
      ],
    },
  ],
});

/**
 * Hainan-style rules after the case report in seeds/004: a reward for 6 months of continuous work away from home
 * (the 1,000 yuan is illustrative; the report gives no per-person figure) and absorption by workshops and bases,
 * 1,000 / 2,000 per person before the raise and 4,000 after it. Two versions show tiers by employer kind and a
 * revision taking over by start date.
 */
const HAINAN_AWAY_REWARD = {
  // A reward for the work, counted per person-time (人次): each stretch of six months away earns it again.
  kind: 'EMPLOYMENT_REWARD',
  title: '连续外出务工满6个月奖补',
  beneficiary: 'WORKER',
  amount: 1000,
  oncePer: 'PLACEMENT_KIND',
  conditions: [
    { type: 'categoryAtStart', anyOf: POVERTY_OR_MONITORED },
    { type: 'awayFromHomeContinuousMonths', months: 6 },
  ],
} as const;

export const HAINAN_POLICY_2021: SubsidyPolicy = deepFreeze({
  provinceCode: '460000',
  name: '海南省脱贫人口务工双向补贴（示例）',
  version: '1',
  validFrom: '2021-01-01',
  validTo: '2021-12-31',
  rules: [
    HAINAN_AWAY_REWARD,
    {
      kind: 'ABSORPTION',
      title: '就业帮扶车间、基地吸纳脱贫人口补贴',
      beneficiary: 'EMPLOYER',
      amount: 1000,
      oncePer: 'PERSON_KIND_BENEFICIARY',
      conditions: [
        { type: 'categoryAtStart', anyOf: POVERTY_OR_MONITORED },
        { type: 'employerKind', anyOf: ['WORKSHOP'], orSmallOrMicro: false },
        ABSORPTION_MINIMUM,
      ],
    },
    {
      kind: 'ABSORPTION',
      title: '就业帮扶车间、基地吸纳脱贫人口补贴',
      beneficiary: 'EMPLOYER',
      amount: 2000,
      oncePer: 'PERSON_KIND_BENEFICIARY',
      conditions: [
        { type: 'categoryAtStart', anyOf: POVERTY_OR_MONITORED },
        { type: 'employerKind', anyOf: ['ASSISTANCE_BASE'], orSmallOrMicro: false },
        ABSORPTION_MINIMUM,
      ],
    },
  ],
});

export const HAINAN_POLICY: SubsidyPolicy = deepFreeze({
  provinceCode: '460000',
  name: '海南省脱贫人口务工双向补贴（示例）',
  version: '2',
  validFrom: '2022-01-01',
  validTo: '2025-12-31',
  rules: [
    HAINAN_AWAY_REWARD,
    {
      kind: 'ABSORPTION',
      title: '就业帮扶车间、基地吸纳脱贫人口补贴',
      beneficiary: 'EMPLOYER',
      amount: 4000,
      oncePer: 'PERSON_KIND_BENEFICIARY',
      conditions: [
        { type: 'categoryAtStart', anyOf: POVERTY_OR_MONITORED },
        { type: 'employerKind', anyOf: ['WORKSHOP', 'ASSISTANCE_BASE'], orSmallOrMicro: false },
        ABSORPTION_MINIMUM,
      ],
    },
  ],
});

/** The seed set: what a fresh installation stores as its policies. */
export const DEFAULT_POLICIES: readonly SubsidyPolicy[] = Object.freeze([GUIZHOU_POLICY, HAINAN_POLICY_2021, HAINAN_POLICY]);
