import { describe, expect, it } from 'vitest';
import { lunarDayName, lunarLabel } from './lunar';

describe('lunar labels', () => {
  it('names the days as a Chinese calendar prints them', () => {
    expect([1, 10, 11, 15, 20, 21, 29, 30].map(lunarDayName)).toEqual([
      '初一',
      '初十',
      '十一',
      '十五',
      '二十',
      '廿一',
      '廿九',
      '三十',
    ]);
  });

  it('names the spring festival, its eve and the month on its first day', () => {
    expect(lunarLabel(new Date(2026, 1, 17))).toEqual({ text: '春节', festival: true });
    expect(lunarLabel(new Date(2026, 1, 16))).toEqual({ text: '除夕', festival: true });
    expect(lunarLabel(new Date(2026, 2, 19))).toEqual({ text: '二月', festival: false });
    expect(lunarLabel(new Date(2026, 8, 25))).toEqual({ text: '中秋', festival: true });
  });
});
