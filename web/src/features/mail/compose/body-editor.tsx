import type { JSONContent } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { Toolbar } from '../../../shared/rich-text/toolbar';
import '../../../shared/rich-text/rich-text.css';

/** The mail's body in the shared rich-text editor (the docs' schema, as tasks and calendar use it). */
export function BodyEditor({
  initial,
  onChange,
  onEditor,
  onUpload,
}: {
  initial: Record<string, unknown> | null;
  onChange: (body: Record<string, unknown> | null) => void;
  onEditor: (editor: Editor | null) => void;
  onUpload: (file: File) => void;
}) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      ...documentExtensions({ collaborative: false }),
      Placeholder.configure({ placeholder: t('mail.compose.bodyPlaceholder') }),
    ],
    content: (initial as JSONContent | null) ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? null : current.getJSON()),
    editorProps: { attributes: { class: 'doc-content', 'data-testid': 'mail-compose-body' } },
  });
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 200 }}>
      <Toolbar editor={editor} onUpload={(file) => onUpload(file)} />
      <div style={{ flex: 1, padding: '4px 12px', minHeight: 180 }}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
