import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from './parse-quick-add';

// Monday 7 December 2026, 10:00 in the browser's zone (whatever the machine's zone is)
const NOW = new Date(2026, 11, 7, 10, 0);

const local = (date?: Date) =>
  date && [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];

describe('parseQuickAdd in Chinese', () => {
  it('reads a day and a time of day and leaves the rest as the title', () => {
    const parsed = parseQuickAdd('明天下午3点 交报告', NOW, 'zh-CN');
    expect(parsed.title).toBe('交报告');
    expect(parsed.due?.text).toBe('明天下午3点');
    expect(parsed.due?.allDay).toBe(false);
    expect(local(parsed.due?.at)).toEqual([2026, 12, 8, 15, 0]);
  });

  it('takes 下周五 as the Friday of next week, all day', () => {
    const parsed = parseQuickAdd('下周五 开周会', NOW, 'zh-CN');
    expect(parsed.title).toBe('开周会');
    expect(parsed.due?.allDay).toBe(true);
    expect(local(parsed.due?.at)).toEqual([2026, 12, 18, 0, 0]);
  });

  it('finds the date at the end of the line', () => {
    const parsed = parseQuickAdd('提交报销单 后天', NOW, 'zh-CN');
    expect(parsed.title).toBe('提交报销单');
    expect(local(parsed.due?.at)).toEqual([2026, 12, 9, 0, 0]);
  });

  it('reads an evening hour', () => {
    const parsed = parseQuickAdd('今天晚上8点 发周报', NOW, 'zh-CN');
    expect(local(parsed.due?.at)).toEqual([2026, 12, 7, 20, 0]);
  });

  it('reads English in the Chinese interface too', () => {
    const parsed = parseQuickAdd('写周报 tomorrow 9am', NOW, 'zh-CN');
    expect(parsed.title).toBe('写周报');
    expect(local(parsed.due?.at)).toEqual([2026, 12, 8, 9, 0]);
  });
});

describe('parseQuickAdd in English', () => {
  it('reads next Friday 3pm', () => {
    const parsed = parseQuickAdd('next Friday 3pm write the report', NOW, 'en');
    expect(parsed.title).toBe('write the report');
    expect(parsed.due?.allDay).toBe(false);
    expect(local(parsed.due?.at)).toEqual([2026, 12, 18, 15, 0]);
  });

  it('takes tomorrow without a time as all day', () => {
    const parsed = parseQuickAdd('Call Bob tomorrow', NOW, 'en');
    expect(parsed.title).toBe('Call Bob');
    expect(parsed.due?.allDay).toBe(true);
    expect(local(parsed.due?.at)).toEqual([2026, 12, 8, 0, 0]);
  });

  it('reads a date in the middle of the line', () => {
    const parsed = parseQuickAdd('Send the deck on Dec 20 to Ana', NOW, 'en');
    expect(parsed.title).toBe('Send the deck on to Ana');
    expect(local(parsed.due?.at)).toEqual([2026, 12, 20, 0, 0]);
  });

  it('reads Chinese in the English interface too', () => {
    expect(local(parseQuickAdd('明天 review PR', NOW, 'en').due?.at)).toEqual([2026, 12, 8, 0, 0]);
  });

  it('leaves a line without a date alone', () => {
    expect(parseQuickAdd('  buy   milk ', NOW, 'en')).toEqual({ title: 'buy milk' });
  });

  it('keeps the words of a date as the title when there is nothing else', () => {
    expect(parseQuickAdd('tomorrow', NOW, 'en').title).toBe('tomorrow');
  });

  it('keeps a date the person took off as part of the title', () => {
    expect(parseQuickAdd('Call Bob tomorrow', NOW, 'en', 'tomorrow')).toEqual({ title: 'Call Bob tomorrow' });
  });
});
