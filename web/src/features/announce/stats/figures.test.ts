import { describe, expect, it } from 'vitest';
import { barsOf, breadcrumb, type Level, percent } from './figures';

describe('percent', () => {
  it('is 0 of an empty audience', () => {
    expect(percent(0, 0)).toBe(0);
  });

  it('rounds to whole percents', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
  });

  it('says 100 only when everyone did', () => {
    expect(percent(199, 200)).toBe(99);
    expect(percent(200, 200)).toBe(100);
  });
});

const company = { id: 'root', name: '公司' };
const research = { id: 'r', name: '研发部' };
const backend = { id: 'b', name: '后端组' };
const none = { delivered: 0, opened: 0, confirmed: 0 };

describe('breadcrumb', () => {
  it('is the top department alone at the top', () => {
    expect(breadcrumb({ department: company, path: [], direct: none, departments: [] })).toEqual([company]);
  });

  it('runs from the top down to the department shown', () => {
    expect(breadcrumb({ department: backend, path: [company, research], direct: none, departments: [] })).toEqual([
      company,
      research,
      backend,
    ]);
  });
});

describe('barsOf', () => {
  const level: Level = {
    department: research,
    path: [company],
    direct: { delivered: 2, opened: 1, confirmed: 0 },
    departments: [{ ...backend, hasChildren: true, delivered: 5, opened: 3, confirmed: 1 }],
  };

  it('adds the department’s own people after its sub-departments, so the bars add up', () => {
    const bars = barsOf(level);
    expect(bars.map((bar) => [bar.name, bar.direct, bar.hasChildren])).toEqual([
      ['后端组', false, true],
      ['研发部', true, false],
    ]);
    expect(bars.reduce((sum, bar) => sum + bar.delivered, 0)).toBe(7);
  });

  it('leaves the own-people bar out when the department itself has no recipients', () => {
    expect(barsOf({ ...level, direct: none })).toHaveLength(1);
  });
});
