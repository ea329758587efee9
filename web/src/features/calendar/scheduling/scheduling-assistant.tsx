import { EnvironmentOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Spin, Tag, theme, Tooltip, Typography } from 'antd';
import { type MouseEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personQuery } from '../../../shared/api/org-queries';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useFindTime, useFreeBusy } from './scheduling-api';
import {
  clashes,
  formatRange,
  GRID_FIRST_HOUR,
  GRID_LAST_HOUR,
  gridBounds,
  place,
  type Span,
  startAt,
} from './time-grid';

export interface SchedulingAssistantProps {
  /** The attendees (the organiser among them) whose busy times are shown. */
  people: string[];
  /** The chosen rooms, with names for their rows. */
  rooms?: { id: string; name: string }[];
  /** The meeting's time now (ISO instants); its length is kept when another time is picked. */
  start: string;
  end: string;
  onChange: (start: string, end: string) => void;
}

interface Busy extends Span {
  tentative?: boolean;
}

const LABEL_WIDTH = 132;
const HOURS = Array.from({ length: GRID_LAST_HOUR - GRID_FIRST_HOUR }, (_, i) => GRID_FIRST_HOUR + i);

const midnight = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
};

/**
 * Find a time: every attendee's and room's busy blocks side by side for one day (someone's
 * private events show only as busy), the meeting's time across them, and the free times the
 * server suggests inside working hours. A click on a suggestion or on the grid moves the meeting.
 */
export function SchedulingAssistant({ people, rooms = [], start, end, onChange }: SchedulingAssistantProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const [day, setDay] = useState(() => midnight(start));
  const minutes = Math.max(5, Math.round((Date.parse(end) - Date.parse(start)) / 60_000));
  const { from, to } = gridBounds(day);
  const nextDay = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  const window = {
    people,
    rooms: rooms.map((room) => room.id),
    from: day.toISOString(),
    to: nextDay.toISOString(),
  };
  const freeBusy = useFreeBusy(window);
  const suggestions = useFindTime({ ...window, minutes, zone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const busyOf = useMemo(() => {
    const map = new Map<string, Busy[]>();
    for (const person of freeBusy.data?.people ?? []) map.set(person.personId, person.busy);
    for (const room of freeBusy.data?.rooms ?? []) map.set(room.roomId, room.busy);
    return map;
  }, [freeBusy.data]);
  const meeting = { start, end };
  const everyone = [...people, ...rooms.map((room) => room.id)];
  const clash = everyone.some((id) => clashes(meeting, busyOf.get(id) ?? []));

  const pick = (at: number) => onChange(new Date(at).toISOString(), new Date(at + minutes * 60_000).toISOString());
  const pickOnGrid = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    pick(startAt((event.clientX - box.left) / box.width, from, to, minutes));
  };
  const shiftDay = (days: number) => setDay(new Date(day.getFullYear(), day.getMonth(), day.getDate() + days));
  const selection = place(meeting, from, to);

  const row = (id: string, label: ReactNode) => (
    <Flex key={id} style={{ borderTop: `1px solid ${token.colorBorderSecondary}` }} data-testid="schedule-row">
      <div style={{ width: LABEL_WIDTH, flex: 'none', padding: '6px 8px', overflow: 'hidden' }}>{label}</div>
      <div
        onClick={pickOnGrid}
        style={{ position: 'relative', flex: 1, height: 36, cursor: 'pointer' }}
        data-testid="schedule-timeline"
      >
        {(busyOf.get(id) ?? []).map((block) => {
          const spot = place(block, from, to);
          if (!spot) return null;
          return (
            <Tooltip key={block.start} title={formatRange(block.start, block.end, i18n.language)}>
              <div
                data-testid="busy-block"
                data-tentative={block.tentative || undefined}
                style={{
                  position: 'absolute',
                  top: 6,
                  bottom: 6,
                  left: `${spot.left}%`,
                  width: `${spot.width}%`,
                  borderRadius: 3,
                  background: block.tentative
                    ? `repeating-linear-gradient(45deg, ${token.colorPrimaryBorder} 0 4px, transparent 4px 8px)`
                    : token.colorPrimaryBorderHover,
                }}
              />
            </Tooltip>
          );
        })}
        {selection && (
          <div
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${selection.left}%`,
              width: `${selection.width}%`,
              border: `2px solid ${clash ? token.colorError : token.colorSuccess}`,
              background: clash ? token.colorErrorBg : token.colorSuccessBg,
              opacity: 0.6,
              pointerEvents: 'none',
            }}
          />
        )}
      </div>
    </Flex>
  );

  return (
    <Flex vertical gap={8} data-testid="scheduling-assistant">
      <Flex align="center" gap={8} wrap>
        <Button
          size="small"
          icon={<LeftOutlined />}
          onClick={() => shiftDay(-1)}
          aria-label={t('calendar.scheduling.previousDay')}
        />
        <Typography.Text strong style={{ minWidth: 120, textAlign: 'center' }} data-testid="schedule-day">
          {new Intl.DateTimeFormat(i18n.language, { weekday: 'short', month: 'short', day: 'numeric' }).format(day)}
        </Typography.Text>
        <Button
          size="small"
          icon={<RightOutlined />}
          onClick={() => shiftDay(1)}
          aria-label={t('calendar.scheduling.nextDay')}
        />
        <Typography.Text type={clash ? 'danger' : 'success'} data-testid="schedule-verdict">
          {clash ? t('calendar.scheduling.clash') : t('calendar.scheduling.everyoneFree')}
        </Typography.Text>
      </Flex>
      <Flex gap={6} wrap align="center" data-testid="suggestions">
        <Typography.Text type="secondary">{t('calendar.scheduling.suggested')}</Typography.Text>
        {suggestions.data?.length === 0 && (
          <Typography.Text type="secondary">{t('calendar.scheduling.noSuggestion')}</Typography.Text>
        )}
        {suggestions.data?.slice(0, 6).map((slot) => (
          <Tag.CheckableTag
            key={slot.start}
            checked={slot.start === start}
            onChange={() => pick(Date.parse(slot.start))}
            data-testid="suggestion"
            style={{ border: `1px solid ${token.colorBorder}` }}
          >
            {new Intl.DateTimeFormat(i18n.language, {
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            }).formatRange(new Date(slot.start), new Date(slot.end))}
          </Tag.CheckableTag>
        ))}
      </Flex>
      <Spin spinning={freeBusy.isFetching}>
        <div style={{ overflowX: 'auto' }}>
          <div
            style={{
              minWidth: 640,
              border: `1px solid ${token.colorBorderSecondary}`,
              borderRadius: token.borderRadius,
            }}
          >
            <Flex>
              <div style={{ width: LABEL_WIDTH, flex: 'none' }} />
              <Flex style={{ flex: 1 }}>
                {HOURS.map((hour) => (
                  <Typography.Text
                    key={hour}
                    type="secondary"
                    style={{
                      flex: 1,
                      fontSize: 11,
                      borderInlineStart: `1px solid ${token.colorBorderSecondary}`,
                      paddingInlineStart: 2,
                    }}
                  >
                    {String(hour).padStart(2, '0')}
                  </Typography.Text>
                ))}
              </Flex>
            </Flex>
            {people.map((id) => row(id, <PersonLabel id={id} />))}
            {rooms.map((room) =>
              row(
                room.id,
                <Typography.Text ellipsis style={{ display: 'block' }}>
                  <EnvironmentOutlined /> {room.name}
                </Typography.Text>,
              ),
            )}
          </div>
        </div>
      </Spin>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('calendar.scheduling.privacyHint')}
      </Typography.Text>
    </Flex>
  );
}

function PersonLabel({ id }: { id: string }) {
  const person = useQuery(personQuery(id));
  if (!person.data) return null;
  return (
    <Flex gap={6} align="center" style={{ minWidth: 0 }}>
      <PersonAvatar name={person.data.name} color={person.data.avatarColor} size={20} />
      <Typography.Text ellipsis>{person.data.name}</Typography.Text>
    </Flex>
  );
}
