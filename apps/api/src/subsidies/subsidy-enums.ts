import { registerEnumType } from '@nestjs/graphql';
import { SubsidyBeneficiary, SubsidyClaimStatus, SubsidyFund, SubsidyKind } from '@app/subsidies';

export enum AssessmentStatus {
  ELIGIBLE = 'ELIGIBLE',
  PENDING = 'PENDING',
  INELIGIBLE = 'INELIGIBLE',
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
}

registerEnumType(SubsidyKind, {
  name: 'SubsidyKind',
  description:
    '一次性交通补助 TRANSPORT, 一次性求职创业补贴 JOB_SEEKING, 一次性跟踪服务补贴 TRACKING_SERVICE, 吸纳就业一次性补贴 ABSORPTION, 务工奖补 EMPLOYMENT_REWARD (e.g. Hainan’s reward for 6 months away, per person-time)',
});
registerEnumType(SubsidyBeneficiary, { name: 'SubsidyBeneficiary' });
registerEnumType(SubsidyFund, {
  name: 'SubsidyFund',
  description:
    'Where the money comes from, which decides who reviews and pays it: 衔接推进乡村振兴补助资金 RURAL_REVITALIZATION_FUND (乡村振兴部门), 就业补助资金 EMPLOYMENT_FUND (人力资源社会保障部门)',
});
registerEnumType(SubsidyClaimStatus, { name: 'SubsidyClaimStatus' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

export { SubsidyBeneficiary, SubsidyClaimStatus, SubsidyFund, SubsidyKind };
