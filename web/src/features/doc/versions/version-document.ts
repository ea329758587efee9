import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { FRAGMENT } from '../collab/render-snapshot';

/**
 * The document a version holds, from its Yjs state (base64 of `Y.encodeStateAsUpdate`): restoring
 * it this way keeps every node as it was, which its Markdown alone would not (mentions' ids, callouts).
 */
export function versionDocument(update: string): JSONContent {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(update), (character) => character.charCodeAt(0)),
  );
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(FRAGMENT)) as JSONContent;
  doc.destroy();
  return json;
}
