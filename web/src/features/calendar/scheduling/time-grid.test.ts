import { describe, expect, it } from 'vitest';
import { clashes, formatRange, gridBounds, place, startAt } from './time-grid';

const day = new Date(2026, 11, 7);
const { from, to } = gridBounds(day);
const local = (hour: number, minute = 0) => new Date(2026, 11, 7, hour, minute).toISOString();

describe('place', () => {
  it('puts a block where its hours fall on the 07:00–21:00 grid', () => {
    expect(place({ start: local(14), end: local(15, 45) }, from, to)).toEqual({ left: 50, width: 12.5 });
  });

  it('cuts a block at the edges and drops one outside the shown hours', () => {
    expect(place({ start: local(6), end: local(8, 24) }, from, to)).toEqual({ left: 0, width: 10 });
    expect(place({ start: local(21), end: local(22) }, from, to)).toBeNull();
  });
});

describe('startAt', () => {
  it('starts at the half hour clicked', () => {
    expect(new Date(startAt(0.5 + 0.01, from, to, 60)).getHours()).toBe(14);
    expect(new Date(startAt(0.55, from, to, 60)).getMinutes()).toBe(30);
  });

  it('keeps a meeting inside the grid', () => {
    expect(startAt(0.99, from, to, 120)).toBe(to - 120 * 60_000);
    expect(startAt(-1, from, to, 30)).toBe(from);
  });
});

describe('clashes', () => {
  const busy = [{ start: local(10), end: local(11) }];
  it('sees an overlap but not a meeting that starts as another ends', () => {
    expect(clashes({ start: local(10, 30), end: local(11, 30) }, busy)).toBe(true);
    expect(clashes({ start: local(11), end: local(12) }, busy)).toBe(false);
  });
});

describe('formatRange', () => {
  it('names the day once for a meeting within one day', () => {
    const text = formatRange(local(10), local(11), 'en');
    expect(text).toContain('Dec 7');
    expect(text.match(/Dec/g)).toHaveLength(1);
    expect(text).toMatch(/10:00.*11:00/);
  });
});
