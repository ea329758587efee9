import { CheckSquareOutlined, LockOutlined, MessageOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Checkbox, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import type { TaskCard } from '../api/types';
import { PeopleStack, PriorityFlag } from '../shared/task-bits';
import { dueLabel } from './due-label';

interface TaskRowProps {
  card: TaskCard;
  overdue: boolean;
  selected: boolean;
  onOpen: () => void;
  onToggle: (done: boolean) => void;
}

/** One task of My tasks: a box that completes it in one click, its title, and what else is on it. */
export function TaskRow({ card, overdue, selected, onOpen, onToggle }: TaskRowProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const done = card.state === 'DONE';
  const meta = token.colorTextSecondary;
  return (
    <Flex
      align="flex-start"
      gap={10}
      role="listitem"
      data-testid="task-row"
      data-task-id={card.id}
      data-state={card.state}
      onClick={onOpen}
      style={{
        padding: '10px 12px',
        cursor: 'pointer',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: selected ? token.controlItemBgActive : undefined,
      }}
    >
      <Checkbox
        checked={done}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => onToggle(event.target.checked)}
        aria-label={t(done ? 'tasks.reopen' : 'tasks.complete')}
        data-testid="task-complete"
        style={{ marginTop: 2 }}
      />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text
          delete={done}
          type={done ? 'secondary' : undefined}
          style={{ wordBreak: 'break-word' }}
          data-testid="task-title"
        >
          {card.title}
        </Typography.Text>
        <Flex wrap gap={10} align="center" style={{ fontSize: 12, color: meta }}>
          {card.dueAt && (
            <span style={{ color: overdue && !done ? token.colorError : meta }} data-testid="task-due">
              {dueLabel(card.dueAt, card.allDay, new Date(), currentLocale(), t)}
            </span>
          )}
          {card.projectName && <span data-testid="task-project">{card.projectName}</span>}
          <PriorityFlag priority={card.priority} />
          {card.blocked && (
            <span style={{ color: token.colorWarning }} title={t('tasks.blocked')}>
              <LockOutlined /> {t('tasks.blocked')}
            </span>
          )}
          {card.subtaskCount > 0 && (
            <span title={t('tasks.detail.subtasks')}>
              <NodeIndexOutlined /> {card.subtasksDone}/{card.subtaskCount}
            </span>
          )}
          {card.checklistCount > 0 && (
            <span title={t('tasks.detail.checklist')}>
              <CheckSquareOutlined /> {card.checklistDone}/{card.checklistCount}
            </span>
          )}
          {card.commentCount > 0 && (
            <span title={t('tasks.detail.comments')}>
              <MessageOutlined /> {card.commentCount}
            </span>
          )}
          {card.tags.map((tag) => (
            <span key={tag}>#{tag}</span>
          ))}
        </Flex>
      </Flex>
      <PeopleStack people={card.assignees} />
    </Flex>
  );
}
