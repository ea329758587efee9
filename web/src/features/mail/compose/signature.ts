import type { JSONContent } from '@tiptap/core';
import { api, body } from '../../../shared/api/client';

/** A mailbox's signature as its managers set it: a document in the editor's schema, or none. */
export const fetchSignature = (mailboxId: string) =>
  body(api.GET('/api/v1/mail/mailboxes/{id}/signature', { params: { path: { id: mailboxId } } })).then(
    // TipTap JSON, which the spec can only type as a JsonNode
    (answer) => (answer.signature ?? null) as Record<string, unknown> | null,
  );

/**
 * A mail's body as compose starts it: an empty line to write on, then the signature under the usual
 * "-- " line; a reply or forward keeps the quoted text the server prefilled below the signature.
 */
export function withSignature(
  body: Record<string, unknown> | null,
  signature: Record<string, unknown> | null,
): JSONContent | null {
  const lines = (signature as JSONContent | null)?.content ?? [];
  if (lines.length === 0) return body as JSONContent | null;
  const nodes = (body as JSONContent | null)?.content ?? [];
  // an empty body is one empty paragraph: nothing to keep below the signature
  const rest = nodes.length === 1 && nodes[0].type === 'paragraph' && !nodes[0].content ? [] : nodes;
  const dashes = { type: 'paragraph', content: [{ type: 'text', text: '-- ' }] };
  return { type: 'doc', content: [{ type: 'paragraph' }, dashes, ...lines, ...rest] };
}
