import { describe, expect, it } from 'vitest';
import { titleWithCount } from './tab-title';

describe('the tab title', () => {
  it('puts what waits for me in front and keeps the title’s own part', () => {
    expect(titleWithCount('Atrium', 3)).toBe('(3) Atrium');
    expect(titleWithCount('季度复盘 · Atrium', 1)).toBe('(1) 季度复盘 · Atrium');
  });

  it('replaces an earlier count instead of adding another, and caps it at 99+', () => {
    expect(titleWithCount('(3) Atrium', 4)).toBe('(4) Atrium');
    expect(titleWithCount('(99+) Atrium', 120)).toBe('(99+) Atrium');
    expect(titleWithCount('(2) Atrium', 100)).toBe('(99+) Atrium');
  });

  it('goes back to the plain title once everything is read', () => {
    expect(titleWithCount('(5) Atrium', 0)).toBe('Atrium');
    expect(titleWithCount('Atrium', 0)).toBe('Atrium');
    // a title that itself starts with parentheses is not a count
    expect(titleWithCount('(draft) Plan', 0)).toBe('(draft) Plan');
  });
});
