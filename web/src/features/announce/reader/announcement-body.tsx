import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { LinkCards } from '../../../shared/rich-text/link-cards';
import '../../../shared/rich-text/rich-text.css';
import './announcement-body.css';

/**
 * An announcement's body (ProseMirror JSON), read only, in the very schema the doc editor writes
 * (tables, callouts, mentions, code), so it looks as its author saw it. Links into Atrium (a
 * mention's profile) open in place rather than reloading the client; those to an object the reader
 * may see show as its chip.
 */
export function AnnouncementBody({ content, version }: { content: unknown; version: number }) {
  const navigate = useNavigate();
  const editor = useEditor(
    {
      extensions: [
        ...documentExtensions({ collaborative: false }),
        LinkCards.configure({ onOpen: (path) => void navigate(path) }),
      ],
      content: content as JSONContent,
      editable: false,
      editorProps: { attributes: { class: 'doc-content announcement-body', 'data-testid': 'announcement-body' } },
    },
    // made again for a new version only: a refetch of the same version brings an equal body
    [version],
  );
  const openInPlace = (event: MouseEvent) => {
    const href = (event.target as HTMLElement).closest('a')?.getAttribute('href');
    if (href?.startsWith('/') && !href.startsWith('/api/') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void navigate(href);
    }
  };
  return (
    <div onClick={openInPlace}>
      <EditorContent editor={editor} />
    </div>
  );
}
