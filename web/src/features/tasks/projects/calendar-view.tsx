import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, theme, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import type { TaskCard } from './api/types';
import { cardsByDueDay, dayKey, monthGrid } from './calendar';

/** How many tasks a day shows before "+n more" (fewer on a phone, where a day is a narrow cell). */
const SHOWN = { desk: 3, phone: 2 };

/**
 * The tasks by due date on a month grid (Monday first), in my time zone; a click on a task opens
 * it. Tasks without a due date are not on it (the list and the board show them).
 */
export function CalendarView({ cards, onOpen }: { cards: TaskCard[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const locale = currentLocale();
  const today = new Date();
  const [month, setMonth] = useState({ year: today.getFullYear(), month: today.getMonth() });
  const weeks = useMemo(() => monthGrid(month.year, month.month), [month]);
  const byDay = useMemo(() => cardsByDueDay(cards), [cards]);
  const [expanded, setExpanded] = useState<string | undefined>();
  const step = (by: number) =>
    setMonth(({ year, month: m }) => {
      const next = new Date(year, m + by, 1);
      return { year: next.getFullYear(), month: next.getMonth() };
    });
  const weekdays = weeks[0].map((day) =>
    new Intl.DateTimeFormat(locale, { weekday: isPhone ? 'narrow' : 'short' }).format(day.date),
  );
  const shown = isPhone ? SHOWN.phone : SHOWN.desk;

  return (
    <Flex vertical gap={8} style={{ padding: isPhone ? 8 : 16 }} data-testid="task-calendar">
      <Flex align="center" gap={8}>
        <Button icon={<LeftOutlined />} onClick={() => step(-1)} aria-label={t('taskBoard.calendar.previous')} />
        <Typography.Title
          level={5}
          style={{ margin: 0, minWidth: 120, textAlign: 'center' }}
          data-testid="calendar-month"
        >
          {new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(
            new Date(month.year, month.month, 1),
          )}
        </Typography.Title>
        <Button icon={<RightOutlined />} onClick={() => step(1)} aria-label={t('taskBoard.calendar.next')} />
        <Button onClick={() => setMonth({ year: today.getFullYear(), month: today.getMonth() })}>
          {t('taskBoard.calendar.today')}
        </Button>
      </Flex>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          overflow: 'hidden',
        }}
        role="grid"
      >
        {weekdays.map((name, index) => (
          <div
            key={index}
            style={{
              padding: 4,
              textAlign: 'center',
              fontSize: 12,
              color: token.colorTextSecondary,
              background: token.colorFillQuaternary,
            }}
          >
            {name}
          </div>
        ))}
        {weeks.flat().map((day) => {
          const dayCards = byDay.get(day.key) ?? [];
          const all = expanded === day.key;
          const isToday = day.key === dayKey(today);
          return (
            <div
              key={day.key}
              style={{
                minHeight: isPhone ? 64 : 104,
                padding: isPhone ? 2 : 4,
                borderTop: `1px solid ${token.colorBorderSecondary}`,
                borderInlineStart: `1px solid ${token.colorBorderSecondary}`,
                background: day.inMonth ? token.colorBgContainer : token.colorFillQuaternary,
                minWidth: 0,
              }}
              data-testid="calendar-day"
              data-day={day.key}
            >
              <div
                style={{
                  fontSize: 12,
                  fontWeight: isToday ? 600 : undefined,
                  color: isToday ? token.colorPrimary : day.inMonth ? token.colorText : token.colorTextQuaternary,
                }}
              >
                {day.date.getDate()}
              </div>
              {(all ? dayCards : dayCards.slice(0, shown)).map((card) => (
                <Tooltip key={card.id} title={card.title}>
                  <div
                    role="button"
                    tabIndex={0}
                    onClick={() => onOpen(card.id)}
                    onKeyDown={(event) => event.key === 'Enter' && onOpen(card.id)}
                    style={{
                      fontSize: 12,
                      lineHeight: '18px',
                      padding: '0 4px',
                      marginTop: 2,
                      borderRadius: 4,
                      cursor: 'pointer',
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      background: card.state === 'DONE' ? token.colorFillSecondary : token.colorPrimaryBg,
                      textDecoration: card.state === 'DONE' ? 'line-through' : undefined,
                      color: card.state === 'DONE' ? token.colorTextTertiary : token.colorText,
                    }}
                    data-testid="calendar-task"
                    data-task={card.id}
                  >
                    {card.title}
                  </div>
                </Tooltip>
              ))}
              {!all && dayCards.length > shown && (
                <Typography.Link style={{ fontSize: 12 }} onClick={() => setExpanded(day.key)}>
                  {t('taskBoard.calendar.more', { count: dayCards.length - shown })}
                </Typography.Link>
              )}
            </div>
          );
        })}
      </div>
    </Flex>
  );
}
