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
import type { TaskChange } from '../api/types';
import '../../../shared/rich-text/rich-text.css';
import './task-detail.css';

const EMPTY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The description in the shared rich-text editor (the docs' schema, as announcements use it),
 * saved when the editor loses focus and only when it changed. Read only without the right to edit.
 */
export function DescriptionField({
  value,
  editable,
  onSave,
}: {
  value: Record<string, unknown> | null | undefined;
  editable: boolean;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const [uploading, setUploading] = useState<number | null>(null);
  // the toolbar comes with the first click into the text and stays (a click on it blurs the text)
  const [writing, setWriting] = useState(false);
  const editor = useEditor({
    extensions: [
      ...documentExtensions({ collaborative: false }),
      Placeholder.configure({ placeholder: t('tasks.detail.descriptionPlaceholder') }),
    ],
    content: (value as JSONContent | null) ?? EMPTY,
    editable,
    onFocus: () => setWriting(true),
    onBlur: ({ editor: current }) => {
      const next = current.isEmpty ? null : current.getJSON();
      if (JSON.stringify(next) !== JSON.stringify(value ?? null)) onSave({ description: next });
    },
    editorProps: { attributes: { class: 'doc-content task-description', 'data-testid': 'task-description' } },
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
    <div className={`task-description-frame${writing ? ' writing' : ''}`}>
      {editable && writing && <Toolbar editor={editor} onUpload={upload} />}
      {uploading !== null && <Progress percent={Math.round(uploading * 100)} size="small" />}
      <EditorContent editor={editor} />
    </div>
  );
}
