import { describe, expect, it } from 'vitest';
import { changedLines } from './changes';

describe('changedLines', () => {
  it('marks a replaced line as removed then added', () => {
    expect(changedLines('Office closed on Friday\n', 'Office closed on Monday\n')).toEqual([
      { kind: 'removed', text: 'Office closed on Friday' },
      { kind: 'added', text: 'Office closed on Monday' },
    ]);
  });

  it('keeps two lines of context around a change and folds the rest', () => {
    const older = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const newer = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h'].join('\n');
    expect(changedLines(older, newer)).toEqual([
      { kind: 'skipped', count: 2 },
      { kind: 'same', text: 'c' },
      { kind: 'same', text: 'd' },
      { kind: 'removed', text: 'e' },
      { kind: 'added', text: 'E' },
      { kind: 'same', text: 'f' },
      { kind: 'same', text: 'g' },
      { kind: 'skipped', count: 1 },
    ]);
  });

  it('shows added lines at the end', () => {
    expect(changedLines('第一段', '第一段\n第二段')).toEqual([
      { kind: 'same', text: '第一段' },
      { kind: 'added', text: '第二段' },
    ]);
  });

  it('has nothing but a fold when nothing changed', () => {
    expect(changedLines('same\ntext', 'same\ntext')).toEqual([{ kind: 'skipped', count: 2 }]);
  });
});
