import type { Editor } from '@tiptap/core';
import { fileUrl, type StoredFile } from '../files/upload-file';

/** Puts an uploaded file into the text at the caret: an image inline, anything else as a download link. */
export function insertFile(editor: Editor, stored: StoredFile, asImage: boolean): void {
  const chain = editor.chain().focus();
  if (asImage && stored.contentType.startsWith('image/')) {
    chain.setImage({ src: fileUrl(stored.id), alt: stored.name }).run();
    return;
  }
  chain
    .insertContent([
      {
        type: 'text',
        text: `📎 ${stored.name}`,
        marks: [{ type: 'link', attrs: { href: fileUrl(stored.id, { download: true }) } }],
      },
      { type: 'text', text: ' ' },
    ])
    .run();
}
