import { describe, expect, it } from 'vitest';
import { rankBetween } from './rank';

const sortsBetween = (low: string | undefined, high: string | undefined) => {
  const key = rankBetween(low, high);
  if (low !== undefined) expect(key > low).toBe(true);
  if (high !== undefined) expect(key < high).toBe(true);
};

describe('rankBetween', () => {
  it.each([
    [undefined, undefined],
    ['a0', undefined],
    [undefined, 'a0'],
    ['a0', 'a1'],
    ['a0', 'a2'],
    ['a0', 'a0V'],
    ['a', 'a01'],
    ['Zz', 'a'],
    [undefined, '01'],
    ['a0zzz', 'a1'],
  ])('places a key between %s and %s', (low, high) => sortsBetween(low, high));
});
