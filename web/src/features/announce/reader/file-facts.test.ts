import { describe, expect, it } from 'vitest';
import { nameFromDisposition } from './file-facts';

describe('nameFromDisposition', () => {
  it('prefers the UTF-8 name, so Chinese names survive', () => {
    const header = `attachment; filename="___2027.pdf"; filename*=UTF-8''${encodeURIComponent('假期安排2027.pdf')}`;
    expect(nameFromDisposition(header)).toBe('假期安排2027.pdf');
  });

  it('falls back to the plain name', () => {
    expect(nameFromDisposition('attachment; filename="policy.docx"')).toBe('policy.docx');
    expect(nameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
  });

  it('knows nothing without a header', () => {
    expect(nameFromDisposition(null)).toBeUndefined();
    expect(nameFromDisposition('inline')).toBeUndefined();
  });
});
