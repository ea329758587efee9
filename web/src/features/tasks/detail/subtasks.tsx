import { RightOutlined } from '@ant-design/icons';
import { Checkbox, Flex, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateTask, useSetDone } from '../api/tasks';
import { browserZone, type Task } from '../api/types';
import { PeopleStack } from '../shared/task-bits';

const MAX_TITLE = 500;

/** A task's subtasks (one level): tick one off, open one, add one by its title. */
export function Subtasks({ task, onOpen }: { task: Task; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const onProblem = useProblemHandler();
  const create = useCreateTask();
  const setDone = useSetDone();
  const [draft, setDraft] = useState('');
  const editable = task.capabilities.canEdit;
  const add = () => {
    const title = draft.trim();
    if (!title || create.isPending) return;
    create.mutate(
      { parentId: task.id, title, timeZone: browserZone() },
      { onSuccess: () => setDraft(''), onError: (error) => onProblem(error) },
    );
  };
  return (
    <Flex vertical gap={2} data-testid="task-subtasks">
      {task.subtasks.map((subtask) => (
        <Flex
          key={subtask.id}
          align="center"
          gap={8}
          data-testid="subtask"
          data-state={subtask.state}
          style={{ padding: '4px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Checkbox
            checked={subtask.state === 'DONE'}
            disabled={!editable}
            aria-label={subtask.title}
            data-testid="subtask-done"
            onChange={(event) =>
              setDone.mutate({ id: subtask.id, done: event.target.checked }, { onError: (error) => onProblem(error) })
            }
          />
          <Typography.Link
            onClick={() => onOpen(subtask.id)}
            style={{ flex: 1, minWidth: 0, color: token.colorText }}
            delete={subtask.state === 'DONE'}
            ellipsis
          >
            {subtask.title}
          </Typography.Link>
          <PeopleStack people={subtask.assignees} size={18} />
          <RightOutlined style={{ fontSize: 10, color: token.colorTextTertiary }} />
        </Flex>
      ))}
      {editable && (
        <Input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={add}
          maxLength={MAX_TITLE}
          disabled={create.isPending}
          placeholder={t('tasks.detail.subtaskAdd')}
          variant="borderless"
          style={{ paddingInline: 0 }}
          data-testid="subtask-add"
        />
      )}
    </Flex>
  );
}
