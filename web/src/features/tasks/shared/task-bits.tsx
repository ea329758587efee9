import { FlagFilled } from '@ant-design/icons';
import { Avatar, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import type { Priority, TaskPerson } from '../api/types';

/** Each priority's flag colour (none has no flag). */
export const PRIORITY_COLORS: Record<Priority, string> = {
  NONE: '#bfbfbf',
  LOW: '#1677ff',
  MEDIUM: '#faad14',
  HIGH: '#fa541c',
  URGENT: '#f5222d',
};

export function PriorityFlag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority === 'NONE') return null;
  return (
    <Tooltip title={t(`tasks.priority.${priority}`)}>
      <FlagFilled
        style={{ color: PRIORITY_COLORS[priority] }}
        aria-label={t(`tasks.priority.${priority}`)}
        data-testid="task-priority"
      />
    </Tooltip>
  );
}

/** Assignees as a small stack of avatars, the names on hover. */
export function PeopleStack({ people, size = 20 }: { people: TaskPerson[]; size?: number }) {
  if (people.length === 0) return null;
  return (
    <Avatar.Group max={{ count: 3 }} size={size}>
      {people.map((person) => (
        <Tooltip key={person.id} title={person.name}>
          <span>
            <PersonAvatar name={person.name} color={person.avatarColor} size={size} />
          </span>
        </Tooltip>
      ))}
    </Avatar.Group>
  );
}
