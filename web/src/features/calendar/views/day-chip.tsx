import { CheckSquareOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DueTask, Occurrence } from '../api/types';
import type { DayItem } from '../model/occurrences';
import { occurrenceStyle } from './occurrence-style';
import { timeOf } from './time-label';

const chip = {
  display: 'flex',
  alignItems: 'center',
  gap: 4,
  width: '100%',
  minWidth: 0,
  padding: '1px 6px',
  borderRadius: 4,
  border: 'none',
  fontSize: 12,
  lineHeight: '18px',
  textAlign: 'start',
  cursor: 'pointer',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
} as const;

/** An occurrence's title as I may see it: "Busy" for one I may only see the time of. */
export function useTitleOf() {
  const { t } = useTranslation();
  return (occurrence: Occurrence) =>
    occurrence.busyOnly ? t('calendar.busy') : occurrence.title || t('calendar.untitled');
}

/** An all-day or multi-day occurrence (or, in a month, a timed one with its time), or a task due. */
export function DayChip({
  item,
  withTime,
  onOpen,
  onOpenTask,
}: {
  item: DayItem;
  withTime: boolean;
  onOpen: (occurrence: Occurrence) => void;
  onOpenTask: (task: DueTask) => void;
}) {
  const { i18n } = useTranslation();
  const titleOf = useTitleOf();
  if (item.kind === 'task') {
    const { task } = item;
    return (
      <button
        type="button"
        data-testid="calendar-task"
        onClick={() => onOpenTask(task)}
        style={{
          ...chip,
          background: 'var(--ant-color-fill-quaternary, #f5f5f5)',
          textDecoration: task.done ? 'line-through' : undefined,
        }}
        title={task.title}
      >
        <CheckSquareOutlined style={{ flex: 'none' }} />
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{task.title}</span>
      </button>
    );
  }
  const { occurrence } = item;
  const title = titleOf(occurrence);
  return (
    <button
      type="button"
      data-testid="calendar-event"
      data-event-id={occurrence.eventId}
      onClick={() => onOpen(occurrence)}
      style={{ ...chip, ...occurrenceStyle(occurrence) }}
      title={title}
    >
      {occurrence.private && <LockOutlined style={{ flex: 'none' }} />}
      {withTime && !occurrence.allDay && (
        <span style={{ flex: 'none', opacity: 0.7 }}>{timeOf(new Date(occurrence.start), i18n.language)}</span>
      )}
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="calendar-event-title">
        {title}
      </span>
    </button>
  );
}
