import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-protocols' message types, and Atrium's own beside them on the page socket. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Server → client: "send me a snapshot" (empty body). */
export const MESSAGE_SNAPSHOT_REQUEST = 100;
/** Client → server: full state, Markdown and plain text, rendered by the editor. */
export const MESSAGE_SNAPSHOT = 101;
/** Server → client: a notice `{code, message}` as a JSON string. */
export const MESSAGE_NOTICE = 102;
/**
 * Server → one client only, before its sync step 2: write this Markdown (the page's template) into
 * the empty page. The server picks exactly one editor, so two people opening a new page at once do
 * not both write it.
 */
export const MESSAGE_SEED = 103;
/** Server → client (empty body): the page's comments changed; fetch them again. */
export const MESSAGE_COMMENTS_CHANGED = 104;

export interface Notice {
  code: string;
  message?: string;
}

export function encodeSnapshot(state: Uint8Array, markdown: string, text: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SNAPSHOT);
  encoding.writeVarUint8Array(encoder, state);
  encoding.writeVarString(encoder, markdown);
  encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
}

/** Reads a notice's body; a malformed one still reaches the user as an unknown code. */
export function readNotice(decoder: decoding.Decoder): Notice {
  try {
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as Notice).code === 'string') {
      const { code, message } = parsed as Notice;
      return { code, message: typeof message === 'string' ? message : undefined };
    }
  } catch {
    // fall through to the unknown notice below
  }
  return { code: 'doc.unknown-notice' };
}
