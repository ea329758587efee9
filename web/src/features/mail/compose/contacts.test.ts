import { describe, expect, it } from 'vitest';
import { parseRecipient } from './contacts';

describe('parseRecipient', () => {
  it('reads a bare address and one with a name', () => {
    expect(parseRecipient(' Bob@Example.com ')).toEqual({ address: 'bob@example.com' });
    expect(parseRecipient('"王芳" <wang.fang@example.com>')).toEqual({
      address: 'wang.fang@example.com',
      name: '王芳',
    });
  });

  it('refuses what is not an address', () => {
    expect(parseRecipient('wang fang')).toBeUndefined();
    expect(parseRecipient('a@b')).toBeUndefined();
  });
});
