import { CheckSquareOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { Editor as TipTap } from '@tiptap/react';
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type ChecklistItem, checklistItemAt, taskPath } from './checklist-task';

interface Placed {
  item: ChecklistItem;
  top: number;
  left: number;
}

/**
 * "Make task" beside the checklist item the cursor is in, when someone is mentioned on it: the
 * item's text becomes a task for the first person mentioned, with the page as its source, and the
 * item then links to the task (so it is made once, and readers can open it).
 */
export function ChecklistTaskButton({ editor, pageId }: { editor: TipTap; pageId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblemHandler();
  const [placed, setPlaced] = useState<Placed | null>(null);

  useEffect(() => {
    const update = () => {
      const item = editor.isEditable ? checklistItemAt(editor.state) : null;
      if (!item || item.linked || item.personIds.length === 0) {
        setPlaced(null);
        return;
      }
      const at = editor.view.coordsAtPos(item.end);
      setPlaced({ item, top: at.top, left: at.right });
    };
    editor.on('selectionUpdate', update);
    editor.on('update', update);
    editor.on('blur', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('scroll', update, true);
      editor.off('selectionUpdate', update);
      editor.off('update', update);
      editor.off('blur', update);
    };
  }, [editor]);

  const make = useMutation({
    mutationFn: (item: ChecklistItem) =>
      body(
        api.POST('/api/v1/pages/{id}/task', {
          params: { path: { id: pageId } },
          body: {
            title: item.title,
            assigneeIds: item.personIds.slice(0, 1),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
        }),
      ),
    onSuccess: (task, item) => {
      // the item may have moved while the request ran: find it again by where the cursor is
      const now = checklistItemAt(editor.state);
      const end = now && now.pos === item.pos ? now.end : item.end;
      editor
        .chain()
        .insertContentAt(end, [
          { type: 'text', text: ' ' },
          { type: 'text', text: t('docs.task.link'), marks: [{ type: 'link', attrs: { href: taskPath(task.id) } }] },
        ])
        .run();
      void message.success(t('docs.task.made'));
    },
    onError: (error) => showProblem(error),
  });

  if (!placed) return null;
  return (
    <Button
      size="small"
      icon={<CheckSquareOutlined />}
      className="doc-no-print"
      loading={make.isPending}
      style={{ position: 'fixed', top: placed.top - 4, left: placed.left + 8, zIndex: 1050 }}
      // keeps the cursor in the item while pressing
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => make.mutate(placed.item)}
      data-testid="checklist-make-task"
    >
      {t('docs.task.make')}
    </Button>
  );
}
