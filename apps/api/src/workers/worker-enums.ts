import { registerEnumType } from '@nestjs/graphql';
import { Gender, LaborCapacity, SeekingStatus, WorkerCategory } from '@app/workers';

registerEnumType(WorkerCategory, {
  name: 'WorkerCategory',
  description: '脱贫人口 POVERTY_ALLEVIATED, 监测对象 MONITORING_TARGET, 农村低保 LOW_INCOME_ALLOWANCE, 农村特困 EXTREME_HARDSHIP, 易地搬迁 RELOCATED',
});
registerEnumType(LaborCapacity, { name: 'LaborCapacity', description: '全劳力 FULL, 弱劳力 WEAK, 半劳力 HALF' });
registerEnumType(SeekingStatus, { name: 'SeekingStatus' });
registerEnumType(Gender, { name: 'Gender' });

export { Gender, LaborCapacity, SeekingStatus, WorkerCategory };
