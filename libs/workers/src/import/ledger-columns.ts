/**
 * The worker ledger (台账) layout. Headers are matched by name, so columns may come in any order and extra columns
 * are ignored; the aliases are the names county ledgers commonly use for the same thing.
 */
export type LedgerColumnKey =
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'hukouRegionCode'
  | 'householdNo'
  | 'categories'
  | 'laborCapacity'
  | 'skills'
  | 'laborBrand'
  | 'willingToMigrate'
  | 'preferredRegionCodes'
  | 'expectedMonthlyWage';

export interface LedgerColumn {
  key: LedgerColumnKey;
  header: string;
  aliases: string[];
  required: boolean;
  /** What to write, in Chinese, for the template's explanation sheet and the README. */
  explanation: string;
  example: string;
}

export const CATEGORY_LABELS = ['脱贫人口', '监测对象', '农村低保', '农村特困', '易地搬迁'] as const;
export const LABOR_CAPACITY_LABELS = ['全劳力', '弱劳力', '半劳力'] as const;

/** The ID number of the national standard's own example (GB 11643-1999), used in the template's example row. */
export const TEMPLATE_EXAMPLE_ID_NUMBER = '11010519491231002X';

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'name', header: '姓名', aliases: ['劳动力姓名', '人员姓名'], required: true, explanation: '必填，不超过 50 个字。', example: '张三' },
  {
    key: 'idNumber',
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', '身份证'],
    required: true,
    explanation:
      '必填，18 位居民身份证号码（末位可为 X）。请把本列设为“文本”格式，否则 Excel 会丢失后几位。同一文件内不能重复；已登记的人员会被跳过，不会重复登记。',
    example: TEMPLATE_EXAMPLE_ID_NUMBER,
  },
  {
    key: 'phone',
    header: '手机号',
    aliases: ['手机号码', '联系电话', '电话'],
    required: false,
    explanation: '选填，11 位大陆手机号，可带 +86。',
    example: '13800000000',
  },
  {
    key: 'hukouRegionCode',
    header: '户籍区县代码',
    aliases: ['户籍地区代码', '户籍县代码', '户籍区划代码'],
    required: true,
    explanation: '必填，户籍所在区县的 6 位行政区划代码（GB/T 2260），如 520102 表示贵阳市南明区。县级局只能导入本辖区的人员。',
    example: '520102',
  },
  {
    key: 'householdNo',
    header: '户编号',
    aliases: ['户号', '家庭编号', '户主编号'],
    required: false,
    explanation: '选填。同一文件中户编号相同的行登记为同一户，且必须属于同一户籍区县；留空则每人单独成户。若该户已有成员登记过，新成员加入该户。',
    example: 'NM-001',
  },
  {
    key: 'categories',
    header: '人员类别',
    aliases: ['类别', '人员属性', '帮扶类别'],
    required: true,
    explanation: `必填，可填多个，用顿号、逗号或分号分隔。可选值：${CATEGORY_LABELS.join('、')}。`,
    example: '脱贫人口、易地搬迁',
  },
  {
    key: 'laborCapacity',
    header: '劳动能力',
    aliases: ['劳动力类型', '劳动能力状况'],
    required: true,
    explanation: `必填，可选值：${LABOR_CAPACITY_LABELS.join('、')}。`,
    example: '全劳力',
  },
  {
    key: 'skills',
    header: '技能',
    aliases: ['技能特长', '职业技能'],
    required: false,
    explanation: '选填，可填多个，用顿号、逗号或分号分隔，每项不超过 40 个字。',
    example: '电焊、普工',
  },
  { key: 'laborBrand', header: '劳务品牌', aliases: [], required: false, explanation: '选填，不超过 40 个字，如“毕节织金砂锅”。', example: '' },
  {
    key: 'willingToMigrate',
    header: '是否愿意外出',
    aliases: ['愿意外出', '是否外出务工意愿', '外出意愿'],
    required: false,
    explanation: '选填，填“是”或“否”，留空视为“否”。',
    example: '是',
  },
  {
    key: 'preferredRegionCodes',
    header: '意向地区代码',
    aliases: ['意向务工地区代码', '意向地区'],
    required: false,
    explanation: '选填，意向务工地的 6 位行政区划代码，可为省、市或区县，多个用顿号、逗号或分号分隔，如 440000 表示广东省。',
    example: '440000、330100',
  },
  {
    key: 'expectedMonthlyWage',
    header: '期望月薪',
    aliases: ['期望月收入', '期望工资'],
    required: false,
    explanation: '选填，整数，单位元，0 至 1000000。',
    example: '4500',
  },
];

export const COLUMN_BY_KEY = new Map(LEDGER_COLUMNS.map((c) => [c.key, c]));

export function headerOf(key: LedgerColumnKey): string {
  return COLUMN_BY_KEY.get(key)!.header;
}
