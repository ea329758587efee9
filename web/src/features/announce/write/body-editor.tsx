import type { JSONContent } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { App, Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../../shared/files/upload-file';
import { insertFile } from '../../../shared/rich-text/insert-file';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { Toolbar } from '../../../shared/rich-text/toolbar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import '../../../shared/rich-text/rich-text.css';

interface BodyEditorProps {
  /** Read once, when the editor is made: remount (a new `key`) to load other content. */
  initial: JSONContent;
  onChange: (body: JSONContent) => void;
}

/**
 * The announcement's text with the docs' rich text and toolbar, one author at a time (no collaboration).
 * Files put into the text need no list of their own: the server finds them in the body and lets the
 * announcement's readers fetch them.
 */
export function BodyEditor({ initial, onChange }: BodyEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const [uploading, setUploading] = useState<number | null>(null);
  const editor = useEditor({
    extensions: [
      ...documentExtensions({ collaborative: false }),
      Placeholder.configure({ placeholder: t('announce.write.bodyPlaceholder') }),
    ],
    content: initial,
    onUpdate: ({ editor: current }) => onChange(current.getJSON()),
    editorProps: { attributes: { class: 'doc-content announce-body', 'data-testid': 'announce-body-editor' } },
  });

  const upload = (file: File, asImage: boolean) => {
    setUploading(0);
    uploadFile(file, setUploading, new AbortController().signal).then(
      (stored) => {
        setUploading(null);
        insertFile(editor, stored, asImage);
        void message.success(t('docs.editor.uploaded', { name: stored.name }));
      },
      (error: unknown) => {
        setUploading(null);
        onProblem(error);
      },
    );
  };

  return (
    <div className="announce-body-frame">
      <Toolbar editor={editor} onUpload={upload} />
      {uploading !== null && <Progress percent={Math.round(uploading * 100)} size="small" />}
      <EditorContent editor={editor} />
    </div>
  );
}
