import { describe, expect, it } from 'vitest';
import { deviceOf } from './device';

describe('deviceOf', () => {
  it('calls a narrow window a phone', () => {
    expect(deviceOf(360, false)).toBe('PHONE');
    expect(deviceOf(767, false)).toBe('PHONE');
  });

  it('calls a wide window with a mouse a desktop', () => {
    expect(deviceOf(768, false)).toBe('DESKTOP');
    expect(deviceOf(1280, false)).toBe('DESKTOP');
  });

  it('calls a touch screen a phone at any width', () => {
    expect(deviceOf(1024, true)).toBe('PHONE');
  });
});
