import type { SubsidyPolicy } from './policy.js';

/**
 * Gansu's 2023 notice (甘农领办发〔2023〕35号, seeds/003) as rules, to show and test that the engine expresses it: a
 * transport subsidy for 脱贫劳动力 working outside the province paid once per statistics cycle (1 October – 30
 * September, the notice's 年度), and the reward of a 就业工厂（帮扶车间） for each 脱贫人口 or 监测对象 it keeps stably
 * employed 6 months or more in a cycle, paid to the workshop. The notice names no amounts ("按标准给予奖补"), so this is
 * an example with placeholder amounts, never shipped as a policy: Gansu's bureau enters its own version with
 * createSubsidyPolicy (and counties their standards). The three months of the transport rule follow Guizhou's text.
 */
export const GANSU_POLICY_EXAMPLE: SubsidyPolicy = Object.freeze<SubsidyPolicy>({
  provinceCode: '620000',
  name: '甘肃省脱贫劳动力务工补助（示例，金额非官方）',
  version: 'example',
  validFrom: '2023-01-01',
  validTo: '2025-12-31',
  rules: [
    {
      kind: 'TRANSPORT',
      title: '外出务工交通补助（每年度）',
      beneficiary: 'WORKER',
      amount: 300,
      oncePer: 'PERSON_KIND_CYCLE',
      conditions: [
        { type: 'categoryAtStart', anyOf: ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'] },
        { type: 'scope', anyOf: ['OTHER_PROVINCE'] },
        { type: 'minStableMonths', months: 3 },
      ],
    },
    {
      kind: 'ABSORPTION',
      title: '就业工厂（帮扶车间）稳定就业奖补',
      beneficiary: 'EMPLOYER',
      amount: 1000,
      oncePer: 'PERSON_KIND_BENEFICIARY_CYCLE',
      conditions: [
        { type: 'categoryAtStart', anyOf: ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'] },
        { type: 'employerKind', anyOf: ['WORKSHOP'], orSmallOrMicro: false },
        { type: 'minStableMonths', months: 6 },
      ],
    },
  ],
});
