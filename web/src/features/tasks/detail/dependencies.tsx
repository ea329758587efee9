import { CheckCircleFilled, ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { foundTasks, taskSearchQuery } from '../api/task-search';
import type { Task, TaskChange, TaskRef } from '../api/types';

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
 * are searched by title as one types, among every task the person may see (Atrium's one search). The
 * server refuses a cycle (`task.dependency-cycle`), which the caller shows translated.
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
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const search = taskSearchQuery(q);
  const found = useQuery({ ...search, enabled: editable && search.enabled === true });
  const left = new Set([task.id, ...blockedBy, ...task.subtasks.map((subtask) => subtask.id)]);
  const candidates = found.data ? foundTasks(found.data, left) : [];
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
          showSearch={{ filterOption: false, onSearch: setTyped }}
          value={null}
          placeholder={t('tasks.detail.dependencyAdd')}
          options={candidates.map((found) => ({
            value: found.id,
            label: (
              <Flex vertical style={{ minWidth: 0 }} data-testid="dependency-option">
                <Typography.Text ellipsis>{found.title}</Typography.Text>
                {found.projectName && (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {found.projectName}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }))}
          onChange={(id: string) => {
            onSave({ blockedByIds: [...blockedBy, id] });
            setTyped('');
            setRound(round + 1);
          }}
          loading={found.isFetching}
          notFoundContent={q ? t('common.empty') : t('tasks.detail.dependencyTypeToSearch')}
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
