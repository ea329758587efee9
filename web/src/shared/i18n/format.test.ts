import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('byte counts', () => {
  it('reads like a file manager', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(100 * 1024 * 1024, 'en')).toBe('100 MB');
  });
});
