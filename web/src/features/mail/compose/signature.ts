import type { JSONContent } from '@tiptap/core';

/**
 * A new mail's body: an empty line to write on, then the mailbox's signature under the usual
 * "-- " line, one paragraph per line. A reply or forward keeps the body the server prefilled and
 * gets the signature above the quoted text.
 */
export function withSignature(
  body: Record<string, unknown> | null,
  signature: string | null | undefined,
): JSONContent | null {
  if (!signature?.trim()) return body as JSONContent | null;
  const lines = ['-- ', ...signature.trim().split(/\r?\n/)].map((line) => ({
    type: 'paragraph',
    ...(line ? { content: [{ type: 'text', text: line }] } : {}),
  }));
  const nodes = (body as JSONContent | null)?.content ?? [];
  // an empty body is one empty paragraph: nothing to keep below the signature
  const rest = nodes.length === 1 && nodes[0].type === 'paragraph' && !nodes[0].content ? [] : nodes;
  return { type: 'doc', content: [{ type: 'paragraph' }, ...lines, ...rest] };
}
