import { CheckCircleFilled, ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { myCards } from '../api/my-cards';
import { myTasksQuery } from '../api/my-tasks';
import { taskKeys } from '../api/tasks';
import type { Task, TaskCard, TaskChange, TaskRef } from '../api/types';

function RefLine({ task, onOpen, onRemove }: { task: TaskRef; onOpen: () => void; onRemove?: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const done = task.state === 'DONE';
  return (
    <Flex align="center" gap={8} data-testid="dependency" data-state={task.state}>
      {done ? (
        <CheckCircleFilled style={{ color: token.colorSuccess }} aria-label={t('tasks.state.DONE')} />
      ) : (
        <ClockCircleOutlined style={{ color: token.colorWarning }} aria-label={t('tasks.state.OPEN')} />
      )}
      <Typography.Link onClick={onOpen} delete={done} ellipsis style={{ flex: 1, minWidth: 0 }}>
        {task.title}
      </Typography.Link>
      {onRemove && (
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('tasks.detail.dependencyRemove')}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
}

/**
 * What this task waits for (blocked by), which can be changed, and what waits for it. Tasks to add
 * come from My tasks (the open cards of its first pages) and, for a project's task, from its board. The server refuses a cycle
 * (`task.dependency-cycle`), which the caller shows translated.
 */
export function Dependencies({
  task,
  onOpen,
  onSave,
}: {
  task: Task;
  onOpen: (id: string) => void;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const editable = task.capabilities.canEdit;
  const blockedBy = task.blockedBy.map((ref) => ref.id);
  // the picker starts afresh (closed, empty) after each pick, kept or refused
  const [round, setRound] = useState(0);
  const lists = useQueries({
    queries: [myTasksQuery('assignee'), myTasksQuery('follower')].map((query) => ({
      ...query,
      enabled: editable,
    })),
  });
  const board = useQuery({
    queryKey: [...taskKeys.all, 'project', task.projectId, 'candidates'],
    queryFn: () =>
      body(api.GET('/api/v1/task-projects/{id}/tasks', { params: { path: { id: task.projectId ?? '' } } })).then(
        (answer) => answer.cards as TaskCard[],
      ),
    enabled: editable && !!task.projectId,
  });
  const candidates = new Map<string, TaskCard>();
  [
    ...lists.flatMap((list) => myCards(list.data).filter((card) => card.state === 'OPEN')),
    ...(board.data ?? []),
  ].forEach((card) => {
    if (card.id !== task.id && card.parentId !== task.id && !blockedBy.includes(card.id)) candidates.set(card.id, card);
  });
  return (
    <Flex vertical gap={6} data-testid="task-dependencies">
      <Typography.Text type="secondary">{t('tasks.detail.blockedBy')}</Typography.Text>
      {task.blockedBy.map((ref) => (
        <RefLine
          key={ref.id}
          task={ref}
          onOpen={() => onOpen(ref.id)}
          onRemove={editable ? () => onSave({ blockedByIds: blockedBy.filter((id) => id !== ref.id) }) : undefined}
        />
      ))}
      {editable && (
        <Select
          key={round}
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          placeholder={t('tasks.detail.dependencyAdd')}
          options={[...candidates.values()].map((card) => ({ value: card.id, label: card.title }))}
          onChange={(id: string) => {
            onSave({ blockedByIds: [...blockedBy, id] });
            setRound(round + 1);
          }}
          notFoundContent={t('common.empty')}
          style={{ width: '100%' }}
          data-testid="dependency-add"
        />
      )}
      {task.blocking.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('tasks.detail.blocking')}</Typography.Text>
          {task.blocking.map((ref) => (
            <RefLine key={ref.id} task={ref} onOpen={() => onOpen(ref.id)} />
          ))}
        </>
      )}
    </Flex>
  );
}
