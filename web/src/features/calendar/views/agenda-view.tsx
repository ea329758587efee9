import { CheckSquareOutlined, EnvironmentOutlined, LockOutlined } from '@ant-design/icons';
import { theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/page-state';
import type { CalendarWindow, DueTask, Occurrence } from '../api/types';
import { lunarLabel } from '../model/lunar';
import { dayItems, occurrenceKey } from '../model/occurrences';
import { addDays, sameDay } from '../model/week';
import { useTitleOf } from './day-chip';
import { occurrenceStyle } from './occurrence-style';
import { timeOf, timeRange } from './time-label';

/**
 * The days ahead as a list, the view for a phone: each day with something in it under its heading,
 * each event a row as tall as a thumb (time, title, place), tasks due with them.
 */
export function AgendaView({
  from,
  days,
  window,
  lunar,
  onOpen,
  onOpenTask,
}: {
  from: Date;
  days: number;
  window: CalendarWindow | undefined;
  lunar: boolean;
  onOpen: (occurrence: Occurrence) => void;
  onOpenTask: (task: DueTask) => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const titleOf = useTitleOf();
  const heading = new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric', weekday: 'long' });
  const filled = Array.from({ length: days }, (_, index) => addDays(from, index))
    .map((day) => ({ day, items: dayItems(window?.occurrences ?? [], window?.tasks ?? [], day, true) }))
    .filter(({ items }) => items.length > 0);
  if (window && filled.length === 0) return <EmptyState text={t('calendar.agendaEmpty')} />;
  const row = {
    display: 'flex',
    alignItems: 'stretch',
    gap: 12,
    width: '100%',
    minHeight: 56,
    padding: '8px 16px',
    border: 'none',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    background: token.colorBgContainer,
    textAlign: 'start',
    cursor: 'pointer',
  } as const;
  return (
    <div data-testid="calendar-agenda" style={{ height: '100%', overflowY: 'auto', paddingBottom: 84 }}>
      {filled.map(({ day, items }) => (
        <section key={day.toISOString()} data-testid="agenda-day">
          <div
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 1,
              padding: '6px 16px',
              background: token.colorBgLayout,
              color: sameDay(day, new Date()) ? token.colorPrimary : token.colorTextSecondary,
              fontSize: 13,
              fontWeight: 500,
            }}
            data-testid="agenda-day-heading"
          >
            {sameDay(day, new Date()) ? `${t('calendar.today')} · ` : ''}
            {heading.format(day)}
            {lunar && <span style={{ marginInlineStart: 8, fontWeight: 400 }}>{lunarLabel(day).text}</span>}
          </div>
          {items.map((item) =>
            item.kind === 'task' ? (
              <button
                key={`task-${item.task.id}`}
                type="button"
                style={row}
                onClick={() => onOpenTask(item.task)}
                data-testid="calendar-task"
              >
                <span style={{ width: 64, flex: 'none', color: token.colorTextSecondary, fontSize: 13 }}>
                  {item.task.allDay ? t('calendar.allDay') : timeOf(new Date(item.task.dueAt), i18n.language)}
                </span>
                <span style={{ minWidth: 0, display: 'flex', gap: 6, alignItems: 'center' }}>
                  <CheckSquareOutlined />
                  <Typography.Text delete={item.task.done} ellipsis>
                    {item.task.title}
                  </Typography.Text>
                </span>
              </button>
            ) : (
              <AgendaRow
                key={occurrenceKey(item.occurrence)}
                occurrence={item.occurrence}
                style={row}
                title={titleOf(item.occurrence)}
                onOpen={onOpen}
              />
            ),
          )}
        </section>
      ))}
    </div>
  );
}

function AgendaRow({
  occurrence,
  title,
  style,
  onOpen,
}: {
  occurrence: Occurrence;
  title: string;
  style: React.CSSProperties;
  onOpen: (occurrence: Occurrence) => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const tint = occurrenceStyle(occurrence);
  const place = occurrence.roomName ?? occurrence.location;
  return (
    <button
      type="button"
      style={style}
      onClick={() => onOpen(occurrence)}
      data-testid="calendar-event"
      data-event-id={occurrence.eventId}
    >
      <span
        style={{
          width: 64,
          flex: 'none',
          color: token.colorTextSecondary,
          fontSize: 13,
          lineHeight: '20px',
          whiteSpace: 'pre-line',
        }}
      >
        {occurrence.allDay ? t('calendar.allDay') : timeRange(occurrence, i18n.language, '').replace(' – ', '\n')}
      </span>
      <span style={{ width: 4, flex: 'none', borderRadius: 2, background: occurrence.color }} />
      <span
        style={{
          minWidth: 0,
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          opacity: tint.opacity,
        }}
      >
        <Typography.Text
          strong
          ellipsis
          delete={tint.textDecoration === 'line-through'}
          data-testid="calendar-event-title"
        >
          {occurrence.private && <LockOutlined style={{ marginInlineEnd: 4 }} />}
          {title}
        </Typography.Text>
        {place && (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
            <EnvironmentOutlined style={{ marginInlineEnd: 4 }} />
            {place}
          </Typography.Text>
        )}
      </span>
    </button>
  );
}
