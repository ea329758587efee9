import {
  CheckSquareOutlined,
  FlagFilled,
  LinkOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Avatar, Checkbox, Flex, Tag, theme, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import type { Priority, TaskCard } from './api/types';

/** Each priority's flag colour (none has no flag). */
const PRIORITY_COLORS: Record<Priority, string> = {
  NONE: '#bfbfbf',
  LOW: '#1677ff',
  MEDIUM: '#faad14',
  HIGH: '#fa541c',
  URGENT: '#f5222d',
};

/** A due date in few words, the year only when it is not this one; all-day ones without a time. */
export function dueText(card: TaskCard, locale: string, now = new Date()): string {
  if (!card.dueAt) return '';
  const at = new Date(card.dueAt);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: at.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    hour: card.allDay ? undefined : 'numeric',
    minute: card.allDay ? undefined : '2-digit',
  }).format(at);
}

const overdue = (card: TaskCard) => card.state === 'OPEN' && !!card.dueAt && Date.parse(card.dueAt) < Date.now();

function Meta({ icon, children, label }: { icon: ReactNode; children?: ReactNode; label: string }) {
  return (
    <Tooltip title={label}>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} aria-label={label}>
        {icon} {children}
      </Typography.Text>
    </Tooltip>
  );
}

interface TaskCardBodyProps {
  card: TaskCard;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onDone: (card: TaskCard, done: boolean) => void;
  /** On the board the card is a box; in the list it is a row. */
  layout: 'box' | 'row';
  style?: CSSProperties;
  /** Beside the title (the phone's "move to…" menu). */
  extra?: ReactNode;
}

/** A task as the list and the board show it: done box, title, and what is worth a glance. */
export function TaskCardBody({ card, canEdit, onOpen, onDone, layout, style, extra }: TaskCardBodyProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const done = card.state === 'DONE';
  const locale = currentLocale();
  const meta = (
    <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
      {card.priority !== 'NONE' && (
        <Tooltip title={t(`taskBoard.priority.${card.priority}`)}>
          <FlagFilled
            style={{ color: PRIORITY_COLORS[card.priority] }}
            aria-label={t(`taskBoard.priority.${card.priority}`)}
            data-testid="card-priority"
          />
        </Tooltip>
      )}
      {card.dueAt && (
        <Typography.Text
          type={overdue(card) ? 'danger' : 'secondary'}
          style={{ fontSize: 12, whiteSpace: 'nowrap' }}
          data-testid="card-due"
        >
          {dueText(card, locale)}
        </Typography.Text>
      )}
      {card.blocked && <Meta icon={<StopOutlined />} label={t('taskBoard.card.blocked')} />}
      {card.subtaskCount > 0 && (
        <Meta icon={<NodeIndexOutlined />} label={t('taskBoard.card.subtasks')}>
          {card.subtasksDone}/{card.subtaskCount}
        </Meta>
      )}
      {card.checklistCount > 0 && (
        <Meta icon={<CheckSquareOutlined />} label={t('taskBoard.card.checklist')}>
          {card.checklistDone}/{card.checklistCount}
        </Meta>
      )}
      {card.commentCount > 0 && (
        <Meta icon={<MessageOutlined />} label={t('taskBoard.card.comments')}>
          {card.commentCount}
        </Meta>
      )}
      {card.source && <Meta icon={<LinkOutlined />} label={t('taskBoard.card.linked')} />}
      {card.tags.map((tag) => (
        <Tag key={tag} style={{ marginInlineEnd: 0 }} bordered={false}>
          {tag}
        </Tag>
      ))}
    </Flex>
  );
  const people = card.assignees.length > 0 && (
    <Avatar.Group max={{ count: 3 }} size={22}>
      {card.assignees.map((person) => (
        <Tooltip key={person.id} title={person.name}>
          <span data-testid="card-assignee" data-person={person.id}>
            <PersonAvatar name={person.name} color={person.avatarColor} size={22} />
          </span>
        </Tooltip>
      ))}
    </Avatar.Group>
  );
  const title = (
    <Typography.Link
      onClick={() => onOpen(card.id)}
      style={{
        color: done ? token.colorTextTertiary : token.colorText,
        textDecoration: done ? 'line-through' : undefined,
        overflowWrap: 'anywhere',
        flex: 1,
        minWidth: 0,
      }}
      data-testid="card-title"
    >
      {card.title}
    </Typography.Link>
  );
  const check = (
    // a press on the box must not start a drag
    <span onPointerDown={(event) => event.stopPropagation()} style={{ display: 'inline-flex' }}>
      <Checkbox
        checked={done}
        disabled={!canEdit}
        onChange={(event) => onDone(card, event.target.checked)}
        aria-label={t(done ? 'taskBoard.card.reopen' : 'taskBoard.card.complete')}
        data-testid="card-done"
      />
    </span>
  );
  return (
    <div data-testid="task-card" data-task={card.id} data-state={card.state} style={style}>
      {layout === 'box' ? (
        <Flex vertical gap={6}>
          <Flex gap={8} align="flex-start">
            {check}
            {title}
            {extra}
          </Flex>
          <Flex gap={8} align="center" justify="space-between" wrap>
            {meta}
            {people}
          </Flex>
        </Flex>
      ) : (
        <Flex gap={8} align="center" wrap>
          {check}
          {title}
          {extra}
          {meta}
          {people}
        </Flex>
      )}
    </div>
  );
}
