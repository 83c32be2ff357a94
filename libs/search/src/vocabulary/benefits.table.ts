/**
 * 福利和条件标签 (benefit tags). Edit the table between the backticks; README.md beside this file says how.
 *
 * One tag a line: 标签 | 招聘写法 | 求职者说法 | 也算
 * - 招聘写法: how employers write it in the title, description or ticked benefits; a posting saying any of them gets
 *   the tag when it is indexed (unless 不, 无 or 没 comes right before: 不包住 is not 包住).
 * - 求职者说法: further ways a job seeker asks for it (only in the search box).
 * - 也算: tags this one implies (包吃住 is also 包吃 and 包住).
 */
export const BENEFITS_TABLE = `
包吃住 | 包吃住、包吃包住、吃住全包、管吃管住、食宿全包、提供食宿、免费食宿 | 管吃住 | 包吃、包住
包住 | 包住、提供住宿、免费住宿、免费宿舍、提供宿舍、工地宿舍、宿舍、提供住房、住房、管住 | 有宿舍、包住宿 |
包吃 | 包吃、包三餐、免费工作餐、工作餐、食堂包吃、管饭、包中午饭、管一顿饭、包午餐 | 管吃、有饭吃 |
周结 | 周结、按周结算、周薪、每周结算 | 一周一结 |
日结 | 日结、当天结算、当天拿钱、当天结、日薪 | 一天一结、做一天结一天 |
月结 | 月结、每月结清、按月发工资、月薪 | |
五险一金 | 五险一金 | 有五险一金 | 社保
社保 | 社保、五险、交社保、买社保、工伤保险 | 买保险、有保险 |
长白班 | 长白班、白班为主、不倒班 | 只上白班、不上夜班 |
两班倒 | 两班倒、两班倒班 | 两班 |
三班倒 | 三班倒 | 三班 |
年终奖 | 年终奖、年底奖金、年终奖金 | 有年终奖 |
包车接送 | 包车接送、统一包车、包车返乡 | 包车、专车接送 |
班车接送 | 厂车接送、班车接送、班车 | 有班车 |
夫妻房 | 夫妻房、夫妻工、夫妻同厂 | 夫妻一起、两口子一起 | 包住
双休 | 双休、周末双休 | 周末休息 |
离家近 | 离家近、家门口、就近上班、就近上下班、就近安排、就近 | 在家门口、家附近 |
居家 | 在家也能做、居家可做、领回家做、居家可接单、在家做、居家 | 家里能做、在家干、在家里做 |
免费培训 | 免费培训、包教包会、有师傅带、师傅带教 | 不会可以学、包教 |
计件 | 计件、按件计酬、按件计算、按件结算、多劳多得 | |
`;
