import { describe, expect, it } from 'vitest';
import { withSignature } from './signature';

const line = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const signature = { type: 'doc', content: [line('王芳'), line('市场部')] };

describe('withSignature', () => {
  it('puts a line to write on above the signature', () => {
    expect(withSignature(null, signature)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }, line('-- '), line('王芳'), line('市场部')],
    });
  });

  it('keeps a quoted body below the signature', () => {
    const quoted = { type: 'doc', content: [{ type: 'blockquote', content: [] }] };
    expect(withSignature(quoted, signature)?.content?.at(-1)).toEqual({ type: 'blockquote', content: [] });
  });

  it('leaves the body alone when the mailbox has no signature', () => {
    const quoted = { type: 'doc', content: [line('hi')] };
    expect(withSignature(quoted, null)).toBe(quoted);
    expect(withSignature(quoted, { type: 'doc', content: [] })).toBe(quoted);
  });
});
