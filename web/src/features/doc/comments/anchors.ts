import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { CommentAnchor } from '../api/types';

/** How much of a passage a thread quotes; the rest is cut with an ellipsis. */
export const QUOTE_LENGTH = 200;

/** A passage's place in the document as the editor holds it now; `from === to` once its text is gone. */
export interface Range {
  from: number;
  to: number;
}

interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<unknown, unknown> } | null;
}

function ySync(state: EditorState): YSyncState | null {
  const ystate = ySyncPluginKey.getState(state) as YSyncState | undefined;
  return ystate?.binding ? ystate : null;
}

/**
 * The passage between two positions of the editor as a thread stores it: each end as a Yjs
 * relative position (it names the characters, not an offset, so it follows others' edits) and the
 * text it holds now. Null while the editor is not bound to the shared document yet.
 */
export function anchorOf(state: EditorState, from: number, to: number): CommentAnchor | null {
  const ystate = ySync(state);
  const text = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  if (!ystate || from >= to || !text) return null;
  const position = (pos: number) =>
    toBase64(
      Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, ystate.type, ystate.binding?.mapping as never)),
    );
  const chars = [...text];
  const quote = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH - 1).join('')}…` : text;
  return { start: position(from), end: position(to), quote };
}

/** Where a stored passage is in the editor's document now; null while unbound or when an end cannot be found. */
export function rangeOf(state: EditorState, anchor: Pick<CommentAnchor, 'start' | 'end'>): Range | null {
  const ystate = ySync(state);
  if (!ystate) return null;
  const resolve = (encoded: string) => {
    try {
      const relative = Y.decodeRelativePosition(fromBase64(encoded));
      return relativePositionToAbsolutePosition(ystate.doc, ystate.type, relative, ystate.binding?.mapping as never);
    } catch {
      return null;
    }
  };
  const from = resolve(anchor.start);
  const to = resolve(anchor.end);
  if (from === null || to === null) return null;
  const size = state.doc.content.size;
  return { from: Math.min(from, size), to: Math.max(Math.min(to, size), Math.min(from, size)) };
}
