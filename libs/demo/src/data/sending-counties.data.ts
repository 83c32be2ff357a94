/**
 * The sending side of the demo world: counties of Guizhou, Yunnan, Gansu and Shaanxi (the western provinces of the
 * seeds) with their bureaus, a labour agency each, local surnames, a labour brand where the county has one, and the
 * resettlement site (易地扶贫搬迁安置点) its workshops serve.
 */
export interface SendingCounty {
  code: string;
  name: string;
  /** Account names: bureau-<slug>, agent-<slug>. */
  slug: string;
  cityCode: string;
  provinceCode: string;
  /** Share of the demo's workers (relative weight). */
  weight: number;
  center: { lat: number; lng: number };
  localSurnames: string;
  hui?: boolean;
  /** Resettlement site: its households are RELOCATED, and its workshop hires near home. */
  relocationSite?: string;
  laborBrand?: { name: string; skill: string };
  agency: { name: string; kind: 'LABOR_AGENCY' | 'HR_AGENCY' | 'LABOR_COOPERATIVE'; departurePoint: string };
  /** Skills the county's people typically bring. */
  skills: string[];
}

export const SENDING_COUNTIES: readonly SendingCounty[] = [
  // 贵州 (520000)
  {
    code: '522731',
    name: '惠水县',
    slug: 'huishui',
    cityCode: '522700',
    provinceCode: '520000',
    weight: 14,
    center: { lat: 26.13, lng: 106.66 },
    localSurnames: '罗王杨韦吴陈班',
    relocationSite: '明田街道易地扶贫搬迁安置区',
    laborBrand: { name: '惠水绣娘', skill: '刺绣' },
    agency: { name: '惠水县好花红劳务有限公司', kind: 'LABOR_AGENCY', departurePoint: '惠水县明田街道新民社区广场' },
    skills: ['普工', '缝纫', '刺绣', '保洁', '建筑', '厨师', '叉车'],
  },
  {
    code: '522701',
    name: '都匀市',
    slug: 'duyun',
    cityCode: '522700',
    provinceCode: '520000',
    weight: 6,
    center: { lat: 26.26, lng: 107.52 },
    localSurnames: '王杨吴罗陈蒙',
    laborBrand: { name: '都匀毛尖茶艺师', skill: '采茶' },
    agency: { name: '都匀市剑江劳务合作社', kind: 'LABOR_COOPERATIVE', departurePoint: '都匀市人力资源市场' },
    skills: ['普工', '采茶', '保洁', '电焊', '厨师'],
  },
  {
    code: '520102',
    name: '南明区',
    slug: 'nanming',
    cityCode: '520100',
    provinceCode: '520000',
    weight: 3,
    center: { lat: 26.57, lng: 106.71 },
    localSurnames: '王李张陈',
    agency: { name: '贵阳市南明区筑城人力资源服务有限公司', kind: 'HR_AGENCY', departurePoint: '贵阳火车站东广场' },
    skills: ['普工', '保洁', '保安', '家政', '快递分拣'],
  },
  {
    code: '522636',
    name: '丹寨县',
    slug: 'danzhai',
    cityCode: '522600',
    provinceCode: '520000',
    weight: 6,
    center: { lat: 26.2, lng: 107.79 },
    localSurnames: '杨王吴潘龙石',
    relocationSite: '金泉街道易地扶贫搬迁安置点',
    laborBrand: { name: '丹寨蜡染绣娘', skill: '蜡染' },
    agency: { name: '丹寨县苗岭劳务合作社', kind: 'LABOR_COOPERATIVE', departurePoint: '丹寨县金泉街道安置点广场' },
    skills: ['普工', '蜡染', '刺绣', '缝纫', '采茶'],
  },
  {
    code: '520304',
    name: '播州区',
    slug: 'bozhou',
    cityCode: '520300',
    provinceCode: '520000',
    weight: 6,
    center: { lat: 27.54, lng: 106.83 },
    localSurnames: '王李张陈刘赵',
    laborBrand: { name: '遵义师傅', skill: '电焊' },
    agency: { name: '遵义市播州区黔北劳务有限公司', kind: 'LABOR_AGENCY', departurePoint: '播州区人力资源市场' },
    skills: ['电焊', '建筑', '普工', '水电安装', '挖掘机'],
  },
  // 云南 (530000)
  {
    code: '530102',
    name: '五华区',
    slug: 'wuhua',
    cityCode: '530100',
    provinceCode: '530000',
    weight: 3,
    center: { lat: 25.04, lng: 102.7 },
    localSurnames: '李张王杨',
    agency: { name: '昆明市五华区春城人力资源服务有限公司', kind: 'HR_AGENCY', departurePoint: '昆明南站' },
    skills: ['普工', '保洁', '保安', '快递分拣'],
  },
  {
    code: '530627',
    name: '镇雄县',
    slug: 'zhenxiong',
    cityCode: '530600',
    provinceCode: '530000',
    weight: 10,
    center: { lat: 27.44, lng: 104.87 },
    localSurnames: '陈王李张刘杨',
    relocationSite: '县城易地扶贫搬迁安置区',
    laborBrand: { name: '乌蒙建工', skill: '建筑' },
    agency: { name: '镇雄县乌蒙劳务开发有限公司', kind: 'LABOR_AGENCY', departurePoint: '镇雄县人力资源市场' },
    skills: ['建筑', '普工', '电焊', '缝纫', '装卸'],
  },
  {
    code: '530628',
    name: '彝良县',
    slug: 'yiliang',
    cityCode: '530600',
    provinceCode: '530000',
    weight: 5,
    center: { lat: 27.63, lng: 104.05 },
    localSurnames: '陈李王张罗朱',
    agency: { name: '彝良县小草坝劳务合作社', kind: 'LABOR_COOPERATIVE', departurePoint: '彝良县汽车客运站' },
    skills: ['普工', '建筑', '采茶', '保洁'],
  },
  // 甘肃 (620000)
  {
    code: '622901',
    name: '临夏市',
    slug: 'linxia',
    cityCode: '622900',
    provinceCode: '620000',
    weight: 5,
    center: { lat: 35.6, lng: 103.21 },
    localSurnames: '马马马穆韩冶',
    hui: true,
    laborBrand: { name: '临夏拉面师傅', skill: '拉面' },
    agency: { name: '临夏市河州劳务有限公司', kind: 'LABOR_AGENCY', departurePoint: '临夏市人力资源市场' },
    skills: ['拉面', '厨师', '普工', '装卸'],
  },
  {
    code: '622921',
    name: '临夏县',
    slug: 'linxiaxian',
    cityCode: '622900',
    provinceCode: '620000',
    weight: 6,
    center: { lat: 35.49, lng: 102.99 },
    localSurnames: '马马马韩妥王',
    hui: true,
    relocationSite: '北塬易地扶贫搬迁安置点',
    agency: { name: '临夏县北塬劳务合作社', kind: 'LABOR_COOPERATIVE', departurePoint: '临夏县韩集镇政府广场' },
    skills: ['普工', '拉面', '编织', '建筑'],
  },
  {
    code: '620102',
    name: '城关区',
    slug: 'chengguan',
    cityCode: '620100',
    provinceCode: '620000',
    weight: 2,
    center: { lat: 36.06, lng: 103.83 },
    localSurnames: '王张李',
    agency: { name: '兰州市城关区金城人力资源服务有限公司', kind: 'HR_AGENCY', departurePoint: '兰州西站' },
    skills: ['普工', '保安', '快递分拣'],
  },
  {
    code: '621121',
    name: '通渭县',
    slug: 'tongwei',
    cityCode: '621100',
    provinceCode: '620000',
    weight: 5,
    center: { lat: 35.21, lng: 105.24 },
    localSurnames: '李王张牛',
    laborBrand: { name: '陇原妹', skill: '家政' },
    agency: { name: '通渭县陇中劳务有限公司', kind: 'LABOR_AGENCY', departurePoint: '通渭县人力资源市场' },
    skills: ['家政', '普工', '建筑', '保洁'],
  },
  // 陕西 (610000)
  {
    code: '610702',
    name: '汉台区',
    slug: 'hantai',
    cityCode: '610700',
    provinceCode: '610000',
    weight: 3,
    center: { lat: 33.07, lng: 107.03 },
    localSurnames: '王李张刘',
    agency: { name: '汉中市汉台区汉水人力资源服务有限公司', kind: 'HR_AGENCY', departurePoint: '汉中火车站' },
    skills: ['普工', '建筑', '叉车'],
  },
  {
    code: '610724',
    name: '西乡县',
    slug: 'xixiang',
    cityCode: '610700',
    provinceCode: '610000',
    weight: 5,
    center: { lat: 32.98, lng: 107.77 },
    localSurnames: '王李张陈',
    agency: { name: '西乡县午子劳务合作社', kind: 'LABOR_COOPERATIVE', departurePoint: '西乡县城关镇政府广场' },
    skills: ['采茶', '普工', '电焊'],
  },
  {
    code: '610924',
    name: '紫阳县',
    slug: 'ziyang',
    cityCode: '610900',
    provinceCode: '610000',
    weight: 6,
    center: { lat: 32.52, lng: 108.53 },
    localSurnames: '陈王李刘',
    relocationSite: '洞河镇易地扶贫搬迁安置社区',
    laborBrand: { name: '紫阳修脚师', skill: '修脚' },
    agency: { name: '紫阳县汉江劳务有限公司', kind: 'LABOR_AGENCY', departurePoint: '紫阳县汽车站' },
    skills: ['修脚', '普工', '缝纫', '采茶'],
  },
];

/** Province and city bureaus above the counties; each sending county also has its own (bureau-<slug>). */
export const UPPER_BUREAUS: ReadonlyArray<{ username: string; regionCode: string; name: string }> = [
  { username: 'bureau-guizhou', regionCode: '520000', name: '贵州省' },
  { username: 'bureau-yunnan', regionCode: '530000', name: '云南省' },
  { username: 'bureau-gansu', regionCode: '620000', name: '甘肃省' },
  { username: 'bureau-shaanxi', regionCode: '610000', name: '陕西省' },
  { username: 'bureau-qiannan', regionCode: '522700', name: '黔南布依族苗族自治州' },
  { username: 'bureau-guiyang', regionCode: '520100', name: '贵阳市' },
  { username: 'bureau-qiandongnan', regionCode: '522600', name: '黔东南苗族侗族自治州' },
  { username: 'bureau-zunyi', regionCode: '520300', name: '遵义市' },
  { username: 'bureau-kunming', regionCode: '530100', name: '昆明市' },
  { username: 'bureau-zhaotong', regionCode: '530600', name: '昭通市' },
  { username: 'bureau-linxiazhou', regionCode: '622900', name: '临夏回族自治州' },
  { username: 'bureau-lanzhou', regionCode: '620100', name: '兰州市' },
  { username: 'bureau-dingxi', regionCode: '621100', name: '定西市' },
  { username: 'bureau-hanzhong', regionCode: '610700', name: '汉中市' },
  { username: 'bureau-ankang', regionCode: '610900', name: '安康市' },
];

/**
 * 东西部劳务协作 pairs as the demo uses them: which western provinces each eastern province recruits from
 * (广东–贵州/云南, 浙江–贵州/四川, 福建–云南/甘肃 (闽滇 and the old 厦门–临夏 pairing), 江苏–陕西 (苏陕协作)).
 */
export const PARTNER_PROVINCES: Readonly<Record<string, string[]>> = {
  '440000': ['520000', '530000'],
  '330000': ['520000', '510000'],
  '350000': ['530000', '620000'],
  '320000': ['610000', '620000'],
};
