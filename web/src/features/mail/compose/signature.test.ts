import { describe, expect, it } from 'vitest';
import { withSignature } from './signature';

describe('withSignature', () => {
  it('puts a line to write on above the signature', () => {
    expect(withSignature(null, '王芳\n市场部')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '-- ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '王芳' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '市场部' }] },
      ],
    });
  });

  it('keeps a quoted body below the signature and leaves a body alone without one', () => {
    const quoted = { type: 'doc', content: [{ type: 'blockquote', content: [] }] };
    expect(withSignature(quoted, 'Wang')?.content?.at(-1)).toEqual({ type: 'blockquote', content: [] });
    expect(withSignature(quoted, '  ')).toBe(quoted);
  });
});
