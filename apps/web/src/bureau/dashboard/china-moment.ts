const MOMENT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A DateTime as Beijing time, 2026年12月4日 13:05:09, whatever the officer's computer clock zone. */
export function chinaMoment(moment: string): string {
  const parts = Object.fromEntries(MOMENT.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}:${parts.second}`;
}
