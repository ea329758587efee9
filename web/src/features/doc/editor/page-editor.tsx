import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, type Editor as TipTap } from '@tiptap/react';
import { App, Progress } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { uploadFile } from '../../../shared/files/upload-file';
import { insertFile } from '../../../shared/rich-text/insert-file';
import { attachToPage } from '../api/pages';
import { useTree } from '../api/spaces';
import { pagePath } from '../routes';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { PageProvider } from '../collab/page-provider';
import { FRAGMENT } from '../collab/render-snapshot';
import type { Editor } from '../me';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { LinkCards } from '../../../shared/rich-text/link-cards';
import { MentionReporter } from './mention-reporter';
import { mentionSuggestion } from './mention-suggestion';
import { Toolbar } from '../../../shared/rich-text/toolbar';
import '../../../shared/rich-text/rich-text.css';
import './page-editor.css';

/** The caret others see for one person: a coloured bar with their name above it. */
function caret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#1677ff';
  const name = typeof user.name === 'string' ? user.name : '';
  const bar = document.createElement('span');
  bar.className = 'collaboration-carets__caret';
  bar.style.borderColor = color;
  const label = document.createElement('div');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  label.setAttribute('data-testid', 'remote-caret');
  bar.append(label);
  return bar;
}

interface PageEditorProps {
  provider: PageProvider;
  me: Editor;
  spaceId: string;
  pageId: string;
  editable: boolean;
  onReady: (editor: TipTap | null) => void;
  /** People this editor's person has just mentioned in the text (picked, pasted, redone); read once, when the editor is made. */
  onMentioned: (personIds: string[]) => void;
  /** More behaviour on top of the document's (comment highlights); read once, when the editor is made. */
  extensions: AnyExtension[];
}

/** The page's rich text, bound to the shared Y.Doc; others' carets carry their names. */
export function PageEditor({
  provider,
  me,
  spaceId,
  pageId,
  editable,
  onReady,
  onMentioned,
  extensions,
}: PageEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onProblem = useProblemHandler();
  const [uploading, setUploading] = useState<number | null>(null);
  const tree = useTree(spaceId);
  const linkTargets = useMemo(
    () => (tree.data ?? []).map((node) => ({ href: pagePath(spaceId, node.id), label: node.title })),
    [tree.data, spaceId],
  );

  const editor = useEditor({
    extensions: [
      ...documentExtensions({ collaborative: true, mentionSuggestion }),
      MentionReporter.configure({ report: onMentioned }),
      LinkCards.configure({ onOpen: (path) => void navigate(path) }),
      Collaboration.configure({ document: provider.doc, field: FRAGMENT }),
      CollaborationCaret.configure({ provider, user: { id: me.id, name: me.name, color: me.color }, render: caret }),
      Placeholder.configure({ placeholder: t('docs.editor.placeholder') }),
      ...extensions,
    ],
    editable,
    editorProps: { attributes: { class: 'doc-content', 'data-testid': 'doc-editor', spellcheck: 'true' } },
  });

  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  const upload = (file: File, asImage: boolean) => {
    setUploading(0);
    uploadFile(file, setUploading, new AbortController().signal)
      // hung on the page, the file is readable by the page's readers and kept by the orphan sweep
      .then((stored) => attachToPage(pageId, stored.id).then(() => stored))
      .then(
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
    <div
      className="doc-editor"
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (file && editable) {
          event.preventDefault();
          upload(file, file.type.startsWith('image/'));
        }
      }}
    >
      {editable && <Toolbar editor={editor} linkTargets={linkTargets} onUpload={upload} />}
      {uploading !== null && (
        <Progress percent={Math.round(uploading * 100)} size="small" style={{ paddingInline: 16 }} />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
