import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarWindow, DueTask, Occurrence } from '../api/types';
import { lunarLabel } from '../model/lunar';
import { dayItems, occurrenceKey } from '../model/occurrences';
import { sameDay } from '../model/week';
import { DayChip } from './day-chip';

/** How many chips a day's cell shows before "+ n more" (which opens the day). */
const SHOWN = 3;

/** The month in whole weeks: each day's events and tasks as chips; a click on free space makes an all-day event. */
export function MonthView({
  rows,
  month,
  window,
  lunar,
  onCreate,
  onOpen,
  onOpenTask,
  onDay,
}: {
  rows: Date[][];
  month: number;
  window: CalendarWindow | undefined;
  lunar: boolean;
  onCreate: (start: Date, end: Date, allDay: boolean) => void;
  onOpen: (occurrence: Occurrence) => void;
  onOpenTask: (task: DueTask) => void;
  onDay: (day: Date) => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' });
  const line = `1px solid ${token.colorBorderSecondary}`;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="calendar-month">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', borderBottom: line }}>
        {rows[0].map((day) => (
          <div
            key={day.getDay()}
            style={{ textAlign: 'center', fontSize: 12, padding: 4, color: token.colorTextSecondary }}
          >
            {weekday.format(day)}
          </div>
        ))}
      </div>
      <div
        style={{
          flex: 1,
          display: 'grid',
          gridTemplateRows: `repeat(${rows.length}, minmax(96px, 1fr))`,
          overflowY: 'auto',
        }}
      >
        {rows.map((week) => (
          <div
            key={week[0].toISOString()}
            style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', borderBottom: line }}
          >
            {week.map((day) => {
              const items = dayItems(window?.occurrences ?? [], window?.tasks ?? [], day, true);
              const today = sameDay(day, new Date());
              const lunarDay = lunar ? lunarLabel(day) : undefined;
              return (
                <div
                  key={day.toISOString()}
                  data-testid="calendar-month-day"
                  onClick={(event) => {
                    if (event.target === event.currentTarget) {
                      onCreate(day, new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1), true);
                    }
                  }}
                  style={{
                    borderInlineStart: line,
                    padding: 2,
                    minWidth: 0,
                    display: 'flex',
                    flexDirection: 'column',
                    gap: 2,
                    background: day.getMonth() === month ? undefined : token.colorFillQuaternary,
                  }}
                >
                  <button
                    type="button"
                    onClick={() => onDay(day)}
                    style={{
                      alignSelf: 'flex-start',
                      border: 'none',
                      background: today ? token.colorPrimary : 'none',
                      color: today ? token.colorWhite : token.colorText,
                      borderRadius: 10,
                      padding: '0 6px',
                      cursor: 'pointer',
                      fontSize: 12,
                    }}
                  >
                    {day.getDate()}
                    {lunarDay && (
                      <span
                        style={{
                          marginInlineStart: 4,
                          color: today ? undefined : lunarDay.festival ? token.colorError : token.colorTextTertiary,
                        }}
                      >
                        {lunarDay.text}
                      </span>
                    )}
                  </button>
                  {items.slice(0, SHOWN).map((item) => (
                    <DayChip
                      key={item.kind === 'task' ? `task-${item.task.id}` : occurrenceKey(item.occurrence)}
                      item={item}
                      withTime
                      onOpen={onOpen}
                      onOpenTask={onOpenTask}
                    />
                  ))}
                  {items.length > SHOWN && (
                    <button
                      type="button"
                      onClick={() => onDay(day)}
                      style={{
                        border: 'none',
                        background: 'none',
                        fontSize: 12,
                        color: token.colorTextSecondary,
                        cursor: 'pointer',
                        textAlign: 'start',
                      }}
                    >
                      {t('calendar.more', { count: items.length - SHOWN })}
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
