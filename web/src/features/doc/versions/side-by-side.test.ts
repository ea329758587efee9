import { describe, expect, it } from 'vitest';
import { sideBySide } from './side-by-side';

describe('comparing two versions side by side', () => {
  it('aligns unchanged lines and pairs a replaced line with its replacement', () => {
    const rows = sideBySide('# 周报\n\n- 设计\n- 开发\n', '# 周报\n\n- 设计完成\n- 开发\n- 测试\n');
    expect(rows).toEqual([
      { left: '# 周报', right: '# 周报', kind: 'same' },
      { left: '', right: '', kind: 'same' },
      { left: '- 设计', right: '- 设计完成', kind: 'changed' },
      { left: '- 开发', right: '- 开发', kind: 'same' },
      { right: '- 测试', kind: 'added' },
    ]);
  });

  it('shows lines only the older version has on the left', () => {
    expect(sideBySide('a\nb\nc\n', 'a\nc\n')).toEqual([
      { left: 'a', right: 'a', kind: 'same' },
      { left: 'b', kind: 'removed' },
      { left: 'c', right: 'c', kind: 'same' },
    ]);
  });
});
