/**
 * What an organising agency writes down after a follow-up (跟踪回访), as county labour companies word their 回访记录:
 * how the worker is doing, what they asked for, and what the agency did about it. `{station}` is the agency's
 * workstation in the employer's province (驻粤工作站…), `{place}` the workplace (厂里, 车间, 单位).
 */

/** The first contact after the start (到岗回访). */
export const ARRIVAL_NOTES = {
  /** The escort who travelled with the group, at the factory the day after arrival. */
  groupVisit: [
    '随车带队人员到厂回访：已办理入职手续，住进员工宿舍，发放务工人员联系卡',
    '带队到厂交接：全员已报到，企业安排体检和岗前培训，宿舍四人一间，水电齐全',
    '到厂回访：已签订劳动合同，岗前安全培训中，伙食和住宿安排满意',
  ],
  away: [
    '电话回访：已到厂报到，签订劳动合同，岗前培训中',
    '电话回访：已到岗，住员工宿舍，对工作环境满意',
    '微信视频回访：已入职，分在装配线，正在跟班学习',
    '电话回访：已到岗，企业安排老员工带班，适应较快',
  ],
  near: [
    '上门走访{place}：已到岗，熟悉工序中，每天按时上下班',
    '电话回访：已到岗，离家近，方便照顾老人和孩子',
    '上门走访{place}：已签订劳动合同，车间主任反映学得快',
    '电话回访：已到岗，岗前培训已完成，对工资待遇满意',
  ],
} as const;

/** Contacts while the worker is in the job: mostly nothing to report, sometimes a problem the agency took up. */
export const IN_JOB_NOTES = {
  fine: [
    '电话回访：已适应岗位，工资按时发放',
    '电话回访：工作稳定，本月工资已到账，无特殊诉求',
    '微信回访：在岗正常，计件收入比上月有所提高',
    '电话回访：已适应岗位，与同事相处融洽，表示继续干下去',
    '电话回访：在岗稳定，已推送技能提升培训信息',
    '微信回访：工作正常，家里老人身体好，安心务工',
  ],
  insured: ['电话回访：已转正，单位已按月缴纳社保，工资按时发放', '电话回访：在岗稳定，社保已参保，已告知可在手机上查询缴费记录'],
  quarterly: [
    '季度回访：在岗稳定，收入稳定，无特殊诉求',
    '季度电话回访：工作稳定，月收入与合同约定一致',
    '季度回访：在岗稳定，已宣讲稳岗政策和跟踪服务联系方式',
  ],
  /** At the workplace: an agency's workstation in the east, or its staff at a workshop near home. */
  visitAway: [
    '{station}上门走访企业：与车间主管座谈，务工人员工作表现良好',
    '{station}走访宿舍：住宿条件良好，与务工人员座谈，无诉求',
    '老乡座谈会：参加{station}组织的务工人员座谈会，反映在岗情况良好',
  ],
  visitNear: ['上门走访{place}：在岗正常，与负责人核对出勤情况', '入户走访：家人反映在{place}工作稳定，收入补贴家用'],
  /** A problem raised and what the agency did. */
  issues: [
    '电话回访：反映加班较多，已与企业沟通，按规定安排轮休',
    '电话回访：反映工资条看不懂，已请企业人事逐项说明',
    '电话回访：反映站立工位时间长腰疼，已与企业沟通调换到相近岗位',
  ],
  /** Only in the first month. */
  issuesFirstMonth: ['电话回访：反映首月工资比预期少，已向企业核实为试用期工资，已解释说明', '电话回访：反映还没拿到工作服和工牌，已联系企业人事补发'],
  issuesAway: [
    '电话回访：反映宿舍人多休息不好，已与企业人事协调调换宿舍',
    '电话回访：反映饮食不习惯，已协调企业食堂增加辣味菜品',
    '电话回访：想家情绪较重，已与家属联系，做好思想疏导',
    '电话回访：咨询子女随迁入学，已联系{station}协助了解当地政策',
    '电话回访：反映手指轻微擦伤，已督促企业处理并讲解劳动保护',
  ],
  issuesNear: ['电话回访：反映上下班路远，已协调{place}调整班次', '电话回访：反映孩子放学无人接，已协调{place}弹性上下班'],
  /** December and January, far from home: who goes home for the Spring Festival, and who comes back after it. */
  festival: [
    '电话回访：了解春节返乡意向，已登记返乡及节后返岗需求',
    '电话回访：春节留岗过年，企业发放留岗补贴，已送上新春慰问',
    '电话回访：春节返乡，已告知返乡途中注意事项，节后按时返岗',
  ],
  /** December and January, near home: the agency's visit before the festival. */
  festivalNear: ['电话回访：春节前了解家庭生活情况，在岗稳定，已送上新春慰问', '入户走访：春节前上门慰问，家人反映在{place}工作稳定'],
  /** A month the employer confirmed off work. */
  onLeave: ['电话回访：本月因家中有事请假回家，岗位保留，表示下月返岗', '电话回访：本月生病请假在家休养，已告知医保报销手续，岗位保留'],
  /** A message nobody answered: the agency's word on nothing. */
  unanswered: ['微信推送稳岗政策和招聘信息，未回复', '电话未接通，已发短信留言，下次继续联系'],
} as const;

/** After the job ended: home again, moved on, or the contract ran out. */
export const AFTER_END_NOTES = {
  RETURNED_HOME: [
    '返乡回访：已回到家中，有在县内就业意愿，已推荐就业帮扶车间岗位',
    '返乡回访：返乡照顾老人，暂无外出计划，已登记就业需求',
    '返乡回访：春节后有再次外出务工意向，已纳入春风行动摸底台账',
    '返乡回访：已到家，已告知返乡人员就业服务和技能培训报名方式',
  ],
  RESIGNED: ['离职回访：因个人原因离职，正在找新工作，已推送岗位信息', '离职回访：已离职，想换一份收入高一些的工作，已登记求职意向并推荐岗位'],
  DISMISSED: ['离职回访：被企业解除劳动合同，已了解情况并告知维权渠道，登记求职需求'],
  CONTRACT_ENDED: ['合同期满回访：合同已到期，本人不再续签，已登记求职意向', '合同期满回访：合同到期离岗，已告知再就业服务和技能培训信息'],
  OTHER: ['离岗回访：已离岗，已了解原因并登记就业需求'],
} as const;

/** The agency's workstation in the employer's province (东西部劳务协作工作站). */
export const WORKSTATIONS: Readonly<Record<string, string>> = {
  '440000': '驻粤工作站',
  '330000': '驻浙工作站',
  '350000': '驻闽工作站',
  '320000': '驻苏工作站',
};
