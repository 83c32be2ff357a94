import { GUIZHOU_POLICY, type SubsidyPolicy } from '@app/subsidies';

/**
 * 演示用：2026 年接续政策（非官方文本）. Guizhou's shipped policy ends on 2025-12-31, so without a successor no 2026
 * placement could be assessed in the demo. This successor exists only in the demo data (never in a migration): it
 * repeats the 2021 rules for 2026 so the demo shows the chain and 2026 assessments. The real text is the province's
 * to enter (createSubsidyPolicy with supersedesId); nothing here is an official rule.
 */
export const DEMO_GUIZHOU_SUCCESSOR: SubsidyPolicy = {
  provinceCode: GUIZHOU_POLICY.provinceCode,
  name: '演示用：2026 年接续政策（非官方文本）——贵州省就业帮扶一次性补贴',
  version: '2026-demo',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  rules: GUIZHOU_POLICY.rules,
};

/** The province bureau account that enters it (as a real one would). */
export const DEMO_SUCCESSOR_BUREAU = 'bureau-guizhou';
