/**
 * Employers of the demo world and what they post. Eastern enterprises post EAST_WEST jobs to their partner provinces
 * (PARTNER_PROVINCES), provincial capitals post LOCAL jobs, and workshops (就业帮扶车间) and an assistance base
 * (就业帮扶基地) near resettlement sites post WORKSHOP jobs once their county bureau has verified them.
 */
export type DemoPostingKind = 'EAST_WEST' | 'LOCAL' | 'WORKSHOP';
export type DemoEmployerKind = 'ENTERPRISE' | 'WORKSHOP' | 'ASSISTANCE_BASE' | 'COOPERATIVE';

export interface PostingTemplate {
  key: string;
  kind: DemoPostingKind;
  title: string;
  description: string;
  wage: [number, number];
  contractMonths: number;
  skills: string[];
  benefits: string[];
  laborBrand?: string;
  /** How strongly matching workers are drawn to it, relative to the other postings they could take. */
  weight?: number;
}

export interface EmployerTemplate {
  /** Also the username of its first account. */
  key: string;
  name: string;
  kind: DemoEmployerKind;
  regionCode: string;
  smallOrMicro: boolean;
  center: { lat: number; lng: number };
  /** Workshops and bases: false leaves one waiting for its bureau's verification (its postings stay hidden). */
  verified?: boolean;
  postings: PostingTemplate[];
}

const FACTORY_BENEFITS = ['包吃包住', '五险一金', '返岗车费报销', '满勤奖'];
const WORKSHOP_BENEFITS = ['家门口就业', '时间灵活', '可照顾老人小孩', '计件工资按月结'];

export const EMPLOYERS: readonly EmployerTemplate[] = [
  // 广东: recruits from 贵州 and 云南
  {
    key: 'employer-shenzhen',
    name: '深圳市宝安区鹏程电子科技有限公司',
    kind: 'ENTERPRISE',
    regionCode: '440306',
    smallOrMicro: false,
    center: { lat: 22.555, lng: 113.883 },
    postings: [
      {
        key: 'shenzhen-pugong',
        kind: 'EAST_WEST',
        title: '电子厂普工（长白班，包吃住）',
        wage: [5200, 6800],
        contractMonths: 24,
        skills: ['普工'],
        benefits: FACTORY_BENEFITS,
        weight: 3,
        description:
          '手机配件组装、检测、包装，坐班为主，一周培训后上岗。粤黔、粤滇东西部劳务协作专岗：脱贫劳动力优先，点对点包车接送，入职满三个月报销返岗车费。',
      },
      {
        key: 'shenzhen-smt',
        kind: 'EAST_WEST',
        title: 'SMT贴片操作员',
        wage: [5800, 7500],
        contractMonths: 24,
        skills: ['普工'],
        benefits: FACTORY_BENEFITS,
        description: '操作贴片机上料、巡检，两班倒，夜班补贴每晚30元。初中以上文化，会简单电脑操作，无经验可培训。',
      },
    ],
  },
  {
    key: 'employer-guangzhou',
    name: '广州市越秀区粤味轩餐饮管理有限公司',
    kind: 'ENTERPRISE',
    regionCode: '440104',
    smallOrMicro: true,
    center: { lat: 23.129, lng: 113.267 },
    postings: [
      {
        key: 'guangzhou-bangchu',
        kind: 'EAST_WEST',
        title: '中餐厨房帮厨（可学厨师）',
        wage: [4500, 6000],
        contractMonths: 12,
        skills: ['厨师'],
        benefits: ['包吃包住', '五险', '师傅带教'],
        description: '配菜、切配、打荷，跟师傅学粤菜，表现好一年可转厨师。每月休息4天。',
      },
      {
        key: 'guangzhou-kefang',
        kind: 'EAST_WEST',
        title: '酒店客房服务员',
        wage: [4200, 5200],
        contractMonths: 12,
        skills: ['保洁'],
        benefits: ['包吃包住', '五险', '全勤奖'],
        description: '酒店客房清洁整理、布草更换，女性优先，年龄45岁以下。',
      },
    ],
  },
  {
    key: 'employer-panyu',
    name: '广州市番禺区华衣制衣有限公司',
    kind: 'ENTERPRISE',
    regionCode: '440113',
    smallOrMicro: true,
    center: { lat: 22.938, lng: 113.384 },
    postings: [
      {
        key: 'panyu-cheweigong',
        kind: 'EAST_WEST',
        title: '制衣车位工（计件，多劳多得）',
        wage: [5000, 8500],
        contractMonths: 24,
        skills: ['缝纫'],
        benefits: ['包住', '餐补', '五险', '计件工资'],
        weight: 2,
        description: '平车、高车、拉筒车位，熟手计件月入过万，新手有保底。夫妻工可安排夫妻房。',
      },
    ],
  },
  // 浙江: recruits from 贵州 and 四川
  {
    key: 'employer-hangzhou',
    name: '杭州市上城区安心家政服务有限公司',
    kind: 'ENTERPRISE',
    regionCode: '330102',
    smallOrMicro: true,
    center: { lat: 30.242, lng: 120.171 },
    postings: [
      {
        key: 'hangzhou-yuying',
        kind: 'EAST_WEST',
        title: '育婴员（持证优先，公司免费培训）',
        wage: [6500, 9500],
        contractMonths: 12,
        skills: ['家政'],
        benefits: ['免费培训考证', '住家包吃住', '意外险'],
        description: '照护0-3岁婴幼儿，公司提供15天免费育婴员培训及考证。浙黔劳务协作项目，往返车票公司承担。',
      },
      {
        key: 'hangzhou-baomu',
        kind: 'EAST_WEST',
        title: '住家保姆（照顾老人）',
        wage: [6000, 8000],
        contractMonths: 12,
        skills: ['家政'],
        benefits: ['包吃住', '意外险', '每月休息4天'],
        description: '照顾老人饮食起居、打扫卫生，会做家常菜，有耐心。',
      },
    ],
  },
  {
    key: 'employer-shaoxing',
    name: '绍兴市上虞区纺印染整有限公司',
    kind: 'ENTERPRISE',
    regionCode: '330604',
    smallOrMicro: false,
    center: { lat: 30.033, lng: 120.868 },
    postings: [
      {
        key: 'shaoxing-dangche',
        kind: 'EAST_WEST',
        title: '纺织挡车工',
        wage: [5500, 7500],
        contractMonths: 24,
        skills: ['普工', '缝纫'],
        benefits: FACTORY_BENEFITS,
        description: '看管织机、接头、巡回，三班倒，提供免费夫妻宿舍。',
      },
    ],
  },
  {
    key: 'employer-yiwu',
    name: '义乌市商城仓储物流有限公司',
    kind: 'ENTERPRISE',
    regionCode: '330782',
    smallOrMicro: true,
    center: { lat: 29.306, lng: 120.075 },
    postings: [
      {
        key: 'yiwu-dabao',
        kind: 'EAST_WEST',
        title: '电商仓库打包员',
        wage: [5000, 6500],
        contractMonths: 12,
        skills: ['普工', '快递分拣'],
        benefits: ['包住', '餐补', '五险'],
        description: '小商品拣货、打包、贴单，旺季加班有加班费，男女不限。',
      },
    ],
  },
  // 福建: recruits from 云南 and 甘肃
  {
    key: 'employer-fuzhou',
    name: '福建闽建建设工程有限公司',
    kind: 'ENTERPRISE',
    regionCode: '350102',
    smallOrMicro: false,
    center: { lat: 26.082, lng: 119.297 },
    postings: [
      {
        key: 'fuzhou-gangjin',
        kind: 'EAST_WEST',
        title: '钢筋工（按月结算工资）',
        wage: [7500, 11000],
        contractMonths: 12,
        skills: ['建筑'],
        benefits: ['包住', '工伤保险', '工资按月足额发放'],
        laborBrand: '乌蒙建工',
        weight: 2,
        description: '房建项目钢筋绑扎、加工，有经验者优先，实名制用工，工资专户按月发放不拖欠。',
      },
      {
        key: 'fuzhou-dianhan',
        kind: 'EAST_WEST',
        title: '电焊工（持焊工证）',
        wage: [8000, 11000],
        contractMonths: 12,
        skills: ['电焊'],
        benefits: ['包住', '工伤保险', '五险'],
        description: '钢结构焊接，持特种作业操作证（焊接与热切割）。',
      },
    ],
  },
  {
    key: 'employer-fuzhou-wuye',
    name: '福州榕城物业服务有限公司',
    kind: 'ENTERPRISE',
    regionCode: '350102',
    smallOrMicro: true,
    center: { lat: 26.088, lng: 119.305 },
    postings: [
      {
        key: 'fuzhou-baojie',
        kind: 'EAST_WEST',
        title: '小区保洁员',
        wage: [3600, 4300],
        contractMonths: 12,
        skills: ['保洁'],
        benefits: ['包住', '五险', '节日福利'],
        description: '住宅小区楼道、公共区域保洁，年龄55岁以下，身体健康。',
      },
      {
        key: 'fuzhou-baoan',
        kind: 'EAST_WEST',
        title: '物业保安员',
        wage: [4000, 4800],
        contractMonths: 12,
        skills: ['保安'],
        benefits: ['包吃住', '五险'],
        description: '门岗值守、巡逻，两班倒，退伍军人优先。',
      },
    ],
  },
  // 江苏: recruits from 陕西 and 甘肃 (苏陕协作)
  {
    key: 'employer-suzhou',
    name: '苏州吴中精工电子有限公司',
    kind: 'ENTERPRISE',
    regionCode: '320506',
    smallOrMicro: false,
    center: { lat: 31.262, lng: 120.632 },
    postings: [
      {
        key: 'suzhou-zhuangpei',
        kind: 'EAST_WEST',
        title: '电子装配普工（苏陕协作专岗）',
        wage: [5300, 6800],
        contractMonths: 24,
        skills: ['普工'],
        benefits: FACTORY_BENEFITS,
        weight: 3,
        description: '电子产品流水线装配，无需经验，包吃住，苏陕协作点对点输送，车费公司承担。',
      },
      {
        key: 'suzhou-chache',
        kind: 'EAST_WEST',
        title: '叉车司机（持证）',
        wage: [6200, 7800],
        contractMonths: 24,
        skills: ['叉车'],
        benefits: FACTORY_BENEFITS,
        description: '仓库物料搬运，需持叉车证，白班为主。',
      },
    ],
  },
  {
    key: 'employer-suzhou-zukang',
    name: '苏州吴中足康修脚服务有限公司',
    kind: 'ENTERPRISE',
    regionCode: '320506',
    smallOrMicro: true,
    center: { lat: 31.27, lng: 120.62 },
    postings: [
      {
        key: 'suzhou-xiujiao',
        kind: 'EAST_WEST',
        title: '修脚师（紫阳修脚师优先）',
        wage: [6000, 12000],
        contractMonths: 24,
        skills: ['修脚'],
        benefits: ['包吃住', '提成', '五险'],
        laborBrand: '紫阳修脚师',
        weight: 4,
        description: '足部修护、修脚技师，底薪加提成，持紫阳修脚师培训结业证书优先，可安排老乡同店。',
      },
    ],
  },
  // 省内: provincial capitals and a county cooperative post LOCAL jobs
  {
    key: 'employer-guiyang',
    name: '贵阳南明黔味餐饮有限公司',
    kind: 'ENTERPRISE',
    regionCode: '520102',
    smallOrMicro: true,
    center: { lat: 26.568, lng: 106.714 },
    postings: [
      {
        key: 'guiyang-fuwuyuan',
        kind: 'LOCAL',
        title: '餐厅服务员',
        wage: [3000, 3800],
        contractMonths: 12,
        skills: ['保洁', '厨师'],
        benefits: ['包吃', '五险', '月休4天'],
        description: '酸汤鱼餐厅前厅服务、传菜，省内就近就业。',
      },
    ],
  },
  {
    key: 'employer-kunming',
    name: '昆明五华滇通物流有限公司',
    kind: 'ENTERPRISE',
    regionCode: '530102',
    smallOrMicro: false,
    center: { lat: 25.043, lng: 102.704 },
    postings: [
      {
        key: 'kunming-fenjian',
        kind: 'LOCAL',
        title: '快递分拣员',
        wage: [3800, 5000],
        contractMonths: 12,
        skills: ['快递分拣', '普工'],
        benefits: ['包住', '五险', '夜班补贴'],
        description: '快递包裹扫描分拣，夜班为主，省内务工离家近。',
      },
    ],
  },
  {
    key: 'employer-lanzhou',
    name: '兰州城关金城牛肉面餐饮有限公司',
    kind: 'ENTERPRISE',
    regionCode: '620102',
    smallOrMicro: true,
    center: { lat: 36.061, lng: 103.834 },
    postings: [
      {
        key: 'lanzhou-lamian',
        kind: 'LOCAL',
        title: '拉面师傅',
        wage: [4500, 6500],
        contractMonths: 12,
        skills: ['拉面', '厨师'],
        benefits: ['包吃住', '五险'],
        laborBrand: '临夏拉面师傅',
        description: '牛肉面拉面、煮面，会拉毛细、二细、韭叶，有经验者优先。',
      },
    ],
  },
  {
    key: 'employer-hanzhong',
    name: '汉中汉台秦巴建设有限公司',
    kind: 'ENTERPRISE',
    regionCode: '610702',
    smallOrMicro: false,
    center: { lat: 33.073, lng: 107.031 },
    postings: [
      {
        key: 'hanzhong-xiaogong',
        kind: 'LOCAL',
        title: '建筑小工',
        wage: [4000, 5500],
        contractMonths: 12,
        skills: ['建筑'],
        benefits: ['工伤保险', '工资按月发放'],
        description: '工地搬运、打杂、配合大工，日结转月结。',
      },
    ],
  },
  {
    key: 'coop-huishui',
    name: '惠水县涟江蔬菜种植专业合作社',
    kind: 'COOPERATIVE',
    regionCode: '522731',
    smallOrMicro: true,
    center: { lat: 26.138, lng: 106.652 },
    postings: [
      {
        key: 'huishui-caishou',
        kind: 'LOCAL',
        title: '蔬菜采收工（家门口务工）',
        wage: [2300, 3200],
        contractMonths: 12,
        skills: ['种植'],
        benefits: ['就近务工', '工资月结'],
        description: '涟江坝区蔬菜采收、分拣装箱，早出晚归不离家。',
      },
    ],
  },
  // 就业帮扶车间 and 就业帮扶基地 near resettlement sites
  {
    key: 'workshop-huishui',
    name: '惠水县明田绣娘服饰就业帮扶车间',
    kind: 'WORKSHOP',
    regionCode: '522731',
    smallOrMicro: true,
    center: { lat: 26.118, lng: 106.671 },
    verified: true,
    postings: [
      {
        key: 'huishui-fengren',
        kind: 'WORKSHOP',
        title: '服装缝纫工（计件，可照顾家庭）',
        wage: [2600, 4200],
        contractMonths: 12,
        skills: ['缝纫'],
        benefits: WORKSHOP_BENEFITS,
        weight: 3,
        description: '明田街道安置区楼下的帮扶车间，接东部服装订单，计件工资，上下班时间可按接送孩子调整。',
      },
      {
        key: 'huishui-cixiu',
        kind: 'WORKSHOP',
        title: '手工刺绣（可带回家做）',
        wage: [1800, 3200],
        contractMonths: 12,
        skills: ['刺绣'],
        benefits: WORKSHOP_BENEFITS,
        laborBrand: '惠水绣娘',
        description: '布依族刺绣、枫香染手工件，车间统一发料收货，按件计酬。',
      },
    ],
  },
  {
    key: 'workshop-danzhai',
    name: '丹寨县苗家蜡染就业帮扶车间',
    kind: 'WORKSHOP',
    regionCode: '522636',
    smallOrMicro: true,
    center: { lat: 26.199, lng: 107.794 },
    verified: true,
    postings: [
      {
        key: 'danzhai-laran',
        kind: 'WORKSHOP',
        title: '蜡染绘制工（零基础可学）',
        wage: [2200, 3300],
        contractMonths: 12,
        skills: ['蜡染'],
        benefits: WORKSHOP_BENEFITS,
        laborBrand: '丹寨蜡染绣娘',
        weight: 2,
        description: '蜡染点蜡、浸染、脱蜡，非遗传承人带教，安置点居民优先。',
      },
    ],
  },
  {
    key: 'workshop-zhenxiong',
    name: '镇雄县安置区假发加工就业帮扶车间',
    kind: 'WORKSHOP',
    regionCode: '530627',
    smallOrMicro: true,
    center: { lat: 27.441, lng: 104.873 },
    verified: true,
    postings: [
      {
        key: 'zhenxiong-jiafa',
        kind: 'WORKSHOP',
        title: '假发手工钩织工',
        wage: [2000, 3600],
        contractMonths: 12,
        skills: ['缝纫'],
        benefits: WORKSHOP_BENEFITS,
        weight: 2,
        description: '发帘手工钩织，培训一周上岗，按件计酬，适合留守妇女。',
      },
    ],
  },
  {
    key: 'workshop-linxiaxian',
    name: '临夏县北塬巧手编织就业帮扶车间',
    kind: 'WORKSHOP',
    regionCode: '622921',
    smallOrMicro: true,
    center: { lat: 35.493, lng: 102.994 },
    verified: true,
    postings: [
      {
        key: 'linxiaxian-bianzhi',
        kind: 'WORKSHOP',
        title: '手工编织工（安置点就近就业）',
        wage: [1800, 3000],
        contractMonths: 12,
        skills: ['编织'],
        benefits: WORKSHOP_BENEFITS,
        weight: 2,
        description: '草编、毛线编织工艺品，订单来自福建东西部协作企业。',
      },
    ],
  },
  {
    key: 'base-xixiang',
    name: '西乡县午子山茶叶就业帮扶基地',
    kind: 'ASSISTANCE_BASE',
    regionCode: '610724',
    smallOrMicro: false,
    center: { lat: 32.985, lng: 107.766 },
    verified: true,
    postings: [
      {
        key: 'xixiang-caicha',
        kind: 'WORKSHOP',
        title: '采茶工（季节性，日结）',
        wage: [2000, 3200],
        contractMonths: 6,
        skills: ['采茶'],
        benefits: ['就近务工', '包午餐'],
        weight: 2,
        description: '春茶、夏茶采摘，按斤计酬，基地用车接送。',
      },
      {
        key: 'xixiang-jiagong',
        kind: 'WORKSHOP',
        title: '茶叶加工工',
        wage: [2800, 3800],
        contractMonths: 12,
        skills: ['采茶'],
        benefits: ['就近务工', '五险'],
        description: '杀青、揉捻、烘干，师傅带教。',
      },
    ],
  },
  {
    key: 'workshop-ziyang',
    name: '紫阳县洞河毛绒玩具社区工厂',
    kind: 'WORKSHOP',
    regionCode: '610924',
    smallOrMicro: true,
    center: { lat: 32.519, lng: 108.531 },
    verified: true,
    postings: [
      {
        key: 'ziyang-maorong',
        kind: 'WORKSHOP',
        title: '毛绒玩具缝制工',
        wage: [2300, 3600],
        contractMonths: 12,
        skills: ['缝纫'],
        benefits: WORKSHOP_BENEFITS,
        weight: 2,
        description: '承接东部毛绒玩具产业转移订单，安置社区内上班，计件工资。',
      },
    ],
  },
  {
    key: 'workshop-duyun',
    name: '都匀市沙包堡社区工厂',
    kind: 'WORKSHOP',
    regionCode: '522701',
    smallOrMicro: true,
    center: { lat: 26.259, lng: 107.518 },
    verified: false,
    postings: [
      {
        key: 'duyun-zuzhuang',
        kind: 'WORKSHOP',
        title: '电子配件组装工',
        wage: [2500, 3500],
        contractMonths: 12,
        skills: ['普工'],
        benefits: WORKSHOP_BENEFITS,
        description: '耳机线材组装，待县就业部门认定为就业帮扶车间后开放报名。',
      },
    ],
  },
];
