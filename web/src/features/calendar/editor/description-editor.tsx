import type { JSONContent } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../../shared/files/upload-file';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { insertFile } from '../../../shared/rich-text/insert-file';
import { Toolbar } from '../../../shared/rich-text/toolbar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import '../../../shared/rich-text/rich-text.css';
import './event-editor.css';

const EMPTY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * An event's description in the shared rich-text editor (the docs' schema, as tasks and
 * announcements use it); read only where `editable` is false, as in the event's detail.
 */
export function DescriptionEditor({
  value,
  editable,
  onChange,
}: {
  value: Record<string, unknown> | null | undefined;
  editable: boolean;
  onChange?: (value: Record<string, unknown> | null) => void;
}) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const [uploading, setUploading] = useState<number | null>(null);
  const editor = useEditor({
    extensions: [
      ...documentExtensions({ collaborative: false }),
      Placeholder.configure({ placeholder: t('calendar.editor.descriptionPlaceholder') }),
    ],
    content: (value as JSONContent | null) ?? EMPTY,
    editable,
    onUpdate: ({ editor: current }) => onChange?.(current.isEmpty ? null : current.getJSON()),
    editorProps: { attributes: { class: 'doc-content event-description', 'data-testid': 'event-description' } },
  });
  const upload = (file: File, asImage: boolean) => {
    setUploading(0);
    uploadFile(file, setUploading, new AbortController().signal).then(
      (stored) => {
        setUploading(null);
        insertFile(editor, stored, asImage);
      },
      (error: unknown) => {
        setUploading(null);
        onProblem(error);
      },
    );
  };
  return (
    <div className={editable ? 'event-description-frame' : undefined} style={{ width: '100%' }}>
      {editable && <Toolbar editor={editor} onUpload={upload} />}
      {uploading !== null && <Progress percent={Math.round(uploading * 100)} size="small" />}
      <EditorContent editor={editor} />
    </div>
  );
}
