import { CommentOutlined } from '@ant-design/icons';
import type { Editor as TipTap } from '@tiptap/react';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Selected {
  from: number;
  to: number;
  top: number;
  left: number;
}

/**
 * The text selected in the page, from the browser's selection rather than the editor's, so that
 * readers (whose editor is not editable and keeps no selection of its own) can comment too.
 */
function selectedIn(editor: TipTap): Selected | null {
  const selection = document.getSelection();
  const dom = editor.view.dom;
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return null;
  try {
    const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
    const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
    if (from >= to || !editor.state.doc.textBetween(from, to).trim()) return null;
    const rect = range.getBoundingClientRect();
    return { from, to, top: rect.top, left: rect.left + rect.width / 2 };
  } catch {
    return null;
  }
}

/** A "Comment" button over the text selected in the page. */
export function SelectionComment({
  editor,
  onComment,
}: {
  editor: TipTap;
  onComment: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Selected | null>(null);

  useEffect(() => {
    const update = () => setSelected(selectedIn(editor));
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [editor]);

  if (!selected) return null;
  return (
    <Button
      type="primary"
      size="small"
      icon={<CommentOutlined />}
      className="doc-no-print"
      style={{
        position: 'fixed',
        top: Math.max(8, selected.top - 36),
        left: selected.left,
        transform: 'translateX(-50%)',
        zIndex: 1050,
      }}
      // keeps the selection while pressing
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        onComment(selected.from, selected.to);
        document.getSelection()?.removeAllRanges();
        setSelected(null);
      }}
      data-testid="comment-selection"
    >
      {t('docs.comments.comment')}
    </Button>
  );
}
