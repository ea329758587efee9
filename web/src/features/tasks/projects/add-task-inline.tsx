import { PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useAddCard } from './api/board-api';

const MAX_TITLE = 500;

/** "Add a task" at the end of a section: a title, Enter to add it and go on with the next. */
export function AddTaskInline({ projectId, sectionId }: { projectId: string; sectionId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const add = useAddCard(projectId);
  const onProblem = useProblemHandler();

  if (!open) {
    return (
      <Button
        type="text"
        icon={<PlusOutlined />}
        onClick={() => setOpen(true)}
        style={{ width: '100%', justifyContent: 'flex-start' }}
        data-testid="add-task"
      >
        {t('taskBoard.addTask')}
      </Button>
    );
  }
  const submit = () => {
    const trimmed = title.trim();
    if (add.isPending) return;
    if (!trimmed) {
      setOpen(false);
      return;
    }
    add.mutate({ sectionId, title: trimmed }, { onSuccess: () => setTitle(''), onError: (error) => onProblem(error) });
  };
  return (
    <Input
      autoFocus
      value={title}
      maxLength={MAX_TITLE}
      placeholder={t('taskBoard.newTaskTitle')}
      onChange={(event) => setTitle(event.target.value)}
      onPressEnter={submit}
      onBlur={() => !title.trim() && setOpen(false)}
      onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      data-testid="add-task-title"
    />
  );
}
