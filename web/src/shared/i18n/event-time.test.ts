import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { addEventTimeFormat } from './event-time';
import en from './en.json';
import zhCN from './zh-CN.json';

async function translator(lng: string) {
  const instance = i18n.createInstance();
  await instance.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    interpolation: { escapeValue: false },
  });
  addEventTimeFormat(instance, 'Asia/Shanghai');
  return instance;
}

const moved = {
  actors: '王芳',
  title: '周会',
  start: '2026-12-08T02:00:00Z',
  end: '2026-12-08T03:00:00Z',
  allDay: 'false',
  timeZone: 'Asia/Shanghai',
  place: '3F 大会议室',
};

describe('a change notice names the new time in the reader’s language', () => {
  it('a timed event: date and time in the reader’s zone', async () => {
    const en = await translator('en');
    expect(en.t('calendarNotices.moved', moved)).toBe(
      '<actor>王芳</actor> moved <subject>«周会»</subject> to Dec 8, 2026, 10:00 AM',
    );
    const zh = await translator('zh-CN');
    expect(zh.t('calendarNotices.moved', moved)).toBe(
      '<actor>王芳</actor> 将日程<subject>「周会」</subject>改到 2026年12月8日 10:00',
    );
  });

  it('an all-day event: its day in its own zone, whatever the reader’s', async () => {
    const en = await translator('en');
    const allDay = { ...moved, start: '2026-12-07T23:00:00Z', allDay: 'true', timeZone: 'Europe/Berlin' };
    expect(en.t('calendarNotices.moved', allDay)).toContain('Tuesday, December 8, 2026');
  });

  it('a new place is the place itself', async () => {
    const zh = await translator('zh-CN');
    expect(zh.t('calendarNotices.place-changed', moved)).toBe(
      '<actor>王芳</actor> 将日程<subject>「周会」</subject>的地点改为 3F 大会议室',
    );
  });
});
