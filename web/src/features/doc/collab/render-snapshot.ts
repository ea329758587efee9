import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { toMarkdown } from '../markdown/to-markdown';

/** The ProseMirror fragment's name in the page's Y.Doc (TipTap Collaboration's default). */
export const FRAGMENT = 'default';

const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading', 'codeBlock', 'tableCell', 'tableHeader']);

/** The words of a document, one block a line: what search indexes and previews show. */
export function plainText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'mention') return `@${String(node.attrs?.label ?? '')}`;
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(plainText);
  if (BLOCKS_WITH_TEXT.has(node.type ?? '')) return inner.join('');
  return inner.filter((part) => part !== '').join('\n');
}

/**
 * The page as the server keeps it for search, previews and export, rendered from the shared
 * document itself (not the editor view), so it can answer a snapshot request at any moment.
 */
export function renderSnapshot(doc: Y.Doc): { markdown: string; text: string } {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(FRAGMENT)) as JSONContent;
  return { markdown: toMarkdown(json), text: plainText(json) };
}
