/**
 * The Chinese lunar date of a day, as calendars in China print it under the day number: 初一 … 三十,
 * the month's name on its first day, and the traditional festivals by name. The browser's own
 * Chinese calendar (`Intl`, ICU) does the astronomy.
 */
const LUNAR = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { month: 'long', day: 'numeric' });

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 初一, 10 → 初十, 15 → 十五, 20 → 二十, 21 → 廿一, 30 → 三十. */
export function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

const FESTIVALS: Record<string, string> = {
  '正月-1': '春节',
  '正月-15': '元宵',
  '五月-5': '端午',
  '七月-7': '七夕',
  '八月-15': '中秋',
  '九月-9': '重阳',
  '腊月-8': '腊八',
};

function parts(date: Date): { month: string; day: number } {
  const found = LUNAR.formatToParts(date);
  return {
    month: found.find((part) => part.type === 'month')?.value ?? '',
    day: Number(found.find((part) => part.type === 'day')?.value ?? 0),
  };
}

export interface LunarLabel {
  text: string;
  festival: boolean;
}

/** What a day shows under its number: a festival, else the month on its first day, else the day. */
export function lunarLabel(date: Date): LunarLabel {
  const { month, day } = parts(date);
  const festival = FESTIVALS[`${month}-${day}`];
  if (festival) return { text: festival, festival: true };
  // the last day of the twelfth month, whether it has 29 days or 30
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  if (month === '腊月' && parts(next).month === '正月') return { text: '除夕', festival: true };
  return { text: day === 1 ? month : lunarDayName(day), festival: false };
}
