import { registerEnumType } from '@nestjs/graphql';
import { ConsentKind, EntrustmentStatus, Gender, LaborCapacity, RegistrationStatus, RevealPurpose, SeekingStatus, WorkerCategory } from '@app/workers';

registerEnumType(WorkerCategory, {
  name: 'WorkerCategory',
  description: '脱贫人口 POVERTY_ALLEVIATED, 监测对象 MONITORING_TARGET, 农村低保 LOW_INCOME_ALLOWANCE, 农村特困 EXTREME_HARDSHIP, 易地搬迁 RELOCATED',
});
registerEnumType(LaborCapacity, { name: 'LaborCapacity', description: '全劳力 FULL, 弱劳力 WEAK, 半劳力 HALF' });
registerEnumType(SeekingStatus, { name: 'SeekingStatus' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description:
    'PENDING_REVIEW 已提交，待核实 (an agency’s registration, until the bureau of the hukou reviews it), ACCEPTED 已核实, REJECTED 已退回, MERGED 已合并到已登记人员',
});
registerEnumType(RevealPurpose, {
  name: 'RevealPurpose',
  description:
    '为何查看完整身份证号码: SUBSIDY_PAYMENT 补贴发放（代发、银行账户核对）, IDENTITY_CHECK 当面或电话核验本人身份, DUPLICATE_REVIEW 重复登记核查, DATA_CORRECTION 登记信息更正, SOCIAL_INSURANCE 社保参保信息核对, LEGAL_REQUEST 依法协查（公安、法院、审计等书面要求）',
});

registerEnumType(EntrustmentStatus, {
  name: 'EntrustmentStatus',
  description:
    'PENDING_CONSENT 待本人确认 (gives the agency nothing), ACTIVE 已生效 (consent in force), REVOKED 已撤销 (by the bureau), WITHDRAWN 已撤回 (by the worker)',
});
registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'SIGNED_PAPER 书面同意书 (the bureau records it and keeps the form), IN_APP 本人在应用中确认',
});

export { ConsentKind, EntrustmentStatus, Gender, LaborCapacity, RegistrationStatus, RevealPurpose, SeekingStatus, WorkerCategory };
