/**
 * 行业类别 (the categories of occupations.table.ts). Edit the table between the backticks; README.md beside this file
 * says how. One category a line: 类别 | 搜索用名 | 求职者的说法 | 上位类别. A posting of an occupation of the category is found
 * by the category's words (我想去工厂上班 finds every factory job). 搜索用名 is the category's name in the index: a
 * name postings do not write in their titles (a 工厂食堂 cook is not factory work). 上位类别 (may be empty) names another
 * line's 类别: its words find this category's postings too (农活 finds 畜牧养殖, 养殖场 does not find 采茶).
 */
export const CATEGORIES_TABLE = `
工厂 | 生产制造 | 工厂、厂里、进厂、厂子、大厂、车间、流水线 |
工地 | 建筑施工 | 工地、建筑工地、工地上、建筑活 |
物流 | 交通物流 | 物流、物流园 |
餐饮 | 餐饮服务 | 饭店、餐馆、餐饮、饭馆 |
家政 | 居民服务 | 家政 |
农业 | 农林牧渔 | 农活、种地、农场 |
手工 | 传统手工艺 | 手工活、手工、手艺活 |
公益 | 公益岗位 | 公益岗、公益性岗位、公益岗位 |
装修 | 装饰装修 | 装修、搞装修、家装、装修活、做装修 | 工地
养殖 | 畜牧养殖 | 养殖、养殖场、搞养殖、养殖基地 | 农业
`;
