import { registerEnumType } from '@nestjs/graphql';
import { StatisticsDimension, StatisticsSide } from '@app/statistics';

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description:
    'CHILD_REGION: the direct children of the region (province → cities, city → counties; a county is its own only child). ' +
    'HUKOU_PROVINCE: the province the workers come from (side WORKPLACE only). ' +
    'CATEGORY: the categories the worker held on the placement’s start date. SCOPE: 县内 / 省内县外 / 省外. ' +
    'POSTING_KIND: the kind of posting. MONTH: the months of the period (YYYY-MM).',
  valuesMap: {
    CHILD_REGION: { description: 'Drill-down by the region of the side asked (hukou or workplace): every child listed, zeros included' },
    HUKOU_PROVINCE: {
      description:
        'Where the workers come from: every province listed, zeros included. Only with side WORKPLACE (on the hukou side it would be the region’s own province alone: BAD_USER_INPUT)',
    },
    CATEGORY: { description: 'A worker in two categories appears in both rows (once in the totals); no category held that day gives a row with category null' },
    SCOPE: { description: 'Partitions placements; a worker with placements of two scopes is in both rows but once in workersEmployed of the totals' },
    POSTING_KIND: { description: 'Partitions placements, like SCOPE' },
    MONTH: { description: 'workersEmployed: workers in a placement at some point of that month; the other numbers by the month their date falls in' },
  },
});

registerEnumType(StatisticsSide, {
  name: 'StatisticsSide',
  description: 'Which region a placement (and its subsidy claims) is counted in; the numbers mean the same on both sides',
  valuesMap: {
    HUKOU: { description: 'The worker’s hukou county copied onto the placement: the sending side (输出地)' },
    WORKPLACE: { description: 'The posting’s workplace: the receiving side (输入地), e.g. 深圳 under 东西部协作; counts only' },
  },
});

export { StatisticsDimension, StatisticsSide };
