/** 乡村公益性岗位 a county bureau creates: fallback posts for weak and half labour, one-year contracts. */
export interface WelfarePostTemplate {
  key: string;
  title: string;
  description: string;
  wage: [number, number];
  /** Only in counties with a resettlement site. */
  needsRelocationSite?: boolean;
}

export const WELFARE_POSTS: readonly WelfarePostTemplate[] = [
  {
    key: 'hulin',
    title: '生态护林员',
    wage: [800, 1000],
    description: '负责责任片区森林防火巡查、林木管护和野生动物保护宣传，每月巡山不少于20天，签订一年期协议，购买意外伤害保险。',
  },
  {
    key: 'baojie',
    title: '村级保洁员',
    wage: [1000, 1500],
    description: '负责村组道路、公共区域环境卫生清扫和垃圾收集转运，一人一岗一补贴，按月足额发放。',
  },
  {
    key: 'hulu',
    title: '农村公路护路员',
    wage: [1000, 1300],
    description: '负责通村通组公路日常巡查、边沟清理、路障报告，弱劳力、半劳力优先。',
  },
  {
    key: 'xunhe',
    title: '河道巡查员（河长制）',
    wage: [900, 1200],
    description: '巡查责任河段，劝阻乱扔乱倒、非法采砂和电鱼，发现问题及时报告村级河长。',
  },
  {
    key: 'anzhidian',
    title: '安置点物业保洁员',
    wage: [1500, 1900],
    needsRelocationSite: true,
    description: '负责易地扶贫搬迁安置点楼栋、公共区域保洁和绿化养护，安置点搬迁群众优先。',
  },
];

/** Skills by who typically brings them, besides the county's own (SendingCounty.skills). */
export const SKILLS = {
  male: ['普工', '电焊', '建筑', '叉车', '装卸', '挖掘机', '水电安装', '保安', '厨师', '快递分拣'],
  female: ['普工', '缝纫', '刺绣', '保洁', '家政', '采茶', '厨师', '快递分拣'],
  weak: ['种植', '养殖', '保洁', '编织'],
} as const;

export const TRANSPORTS = ['点对点包车', '高铁专列', '劳务专列', '点对点包车'] as const;

/** Why an employer turns a nomination down; why a bureau rejects a subsidy claim. */
export const REJECT_REASONS = ['岗位要求持有相关资格证书', '年龄超过岗位要求', '已招满，感谢推荐', '面试未通过，建议先参加技能培训'];
export const CLAIM_REJECT_NOTES = [
  '社保缴费记录与税务系统不一致，请核实后重新申报',
  '劳动合同未加盖用人单位公章，请补充材料',
  '务工证明月份与工资流水不符，请补充银行流水',
  '银行账户户名与申领人不一致，请更正后重新申报',
];
