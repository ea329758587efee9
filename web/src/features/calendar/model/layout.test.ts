import { describe, expect, it } from 'vitest';
import { layoutDay, minutesOnDay, snap } from './layout';

const lanesOf = (items: { id: string; start: number; end: number }[]) =>
  Object.fromEntries(layoutDay(items).map(({ item, lane, lanes }) => [item.id, `${lane}/${lanes}`]));

describe('layoutDay', () => {
  it('gives an occurrence that overlaps nothing the whole width', () => {
    expect(lanesOf([{ id: 'a', start: 540, end: 600 }])).toEqual({ a: '0/1' });
  });

  it('puts two overlapping occurrences side by side', () => {
    expect(
      lanesOf([
        { id: 'a', start: 540, end: 600 },
        { id: 'b', start: 570, end: 630 },
      ]),
    ).toEqual({ a: '0/2', b: '1/2' });
  });

  it('lets a later occurrence reuse a lane that has become free, within the same cluster', () => {
    expect(
      lanesOf([
        { id: 'long', start: 540, end: 720 },
        { id: 'first', start: 540, end: 600 },
        { id: 'second', start: 600, end: 660 },
      ]),
    ).toEqual({ long: '0/2', first: '1/2', second: '1/2' });
  });

  it('starts a new cluster where nothing overlaps, so later occurrences are whole width again', () => {
    expect(
      lanesOf([
        { id: 'a', start: 540, end: 600 },
        { id: 'b', start: 560, end: 620 },
        { id: 'c', start: 570, end: 640 },
        { id: 'after', start: 700, end: 760 },
      ]),
    ).toEqual({ a: '0/3', b: '1/3', c: '2/3', after: '0/1' });
  });

  it('gives a very short occurrence room for its title, which then overlaps the one right after', () => {
    expect(
      lanesOf([
        { id: 'short', start: 540, end: 545 },
        { id: 'next', start: 550, end: 600 },
      ]),
    ).toEqual({ short: '0/2', next: '1/2' });
  });
});

describe('minutesOnDay', () => {
  const day = new Date(2026, 11, 7);

  it('clips an occurrence that runs over midnight to each day it touches', () => {
    const start = new Date(2026, 11, 6, 22, 0);
    const end = new Date(2026, 11, 7, 2, 30);
    expect(minutesOnDay(start, end, new Date(2026, 11, 6))).toEqual({ start: 1320, end: 1440 });
    expect(minutesOnDay(start, end, day)).toEqual({ start: 0, end: 150 });
  });

  it('finds nothing on a day the occurrence does not touch, and an end at midnight ends the day before', () => {
    expect(minutesOnDay(new Date(2026, 11, 6, 9), new Date(2026, 11, 7), day)).toBeUndefined();
  });
});

describe('snap', () => {
  it('rounds down to a quarter hour and stays within the day', () => {
    expect(snap(547)).toBe(540);
    expect(snap(-10)).toBe(0);
    expect(snap(1500)).toBe(1440);
  });
});
