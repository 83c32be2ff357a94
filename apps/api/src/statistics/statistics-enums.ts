import { registerEnumType } from '@nestjs/graphql';
import { StatisticsDimension } from '@app/statistics';

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description:
    'CHILD_REGION: the direct children of the region (province → cities, city → counties; a county is its own only child). ' +
    'CATEGORY: the categories the worker held on the placement’s start date. SCOPE: 县内 / 省内县外 / 省外. ' +
    'POSTING_KIND: the kind of posting. MONTH: the months of the period (YYYY-MM).',
  valuesMap: {
    CHILD_REGION: { description: 'Drill-down by the worker’s hukou region: every child listed, zeros included' },
    CATEGORY: { description: 'A worker in two categories appears in both rows (once in the totals); no category held that day gives a row with category null' },
    SCOPE: { description: 'Partitions placements; a worker with placements of two scopes is in both rows but once in workersEmployed of the totals' },
    POSTING_KIND: { description: 'Partitions placements, like SCOPE' },
    MONTH: { description: 'workersEmployed: workers in a placement at some point of that month; the other numbers by the month their date falls in' },
  },
});

export { StatisticsDimension };
