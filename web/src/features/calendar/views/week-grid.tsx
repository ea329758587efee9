import { LockOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarWindow, DueTask, Occurrence } from '../api/types';
import { layoutDay, MIN_MINUTES, minutesOnDay, snap } from '../model/layout';
import { dayItems, inGrid, occurrenceKey } from '../model/occurrences';
import { sameDay } from '../model/week';
import { DayChip, useTitleOf } from './day-chip';
import { DayHeading } from './day-heading';
import { occurrenceStyle } from './occurrence-style';
import { timeOf } from './time-label';

const GUTTER = 52;
/** A press that moves less than this many pixels is a click, not a drag. */
const SLOP = 4;

type Drag =
  | { mode: 'create'; day: number; anchor: number; current: number; moved: boolean }
  | {
      mode: 'move' | 'resize';
      occurrence: Occurrence;
      x: number;
      y: number;
      dayShift: number;
      minuteShift: number;
      moved: boolean;
    };

export interface GridProps {
  days: Date[];
  window: CalendarWindow | undefined;
  lunar: boolean;
  /** Pixels per hour: more on a phone, for a finger. */
  hourHeight: number;
  canMove: (occurrence: Occurrence) => boolean;
  onCreate: (start: Date, end: Date, allDay: boolean) => void;
  onOpen: (occurrence: Occurrence) => void;
  onOpenTask: (task: DueTask) => void;
  onMove: (occurrence: Occurrence, start: Date, end: Date) => void;
  onDay: (day: Date) => void;
}

const at = (day: Date, minutes: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);
const shifted = (date: Date, days: number, minutes: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes() + minutes);

/** Where a moved or resized occurrence would go: moved whole, or its end alone (never before its start). */
function target(drag: Extract<Drag, { mode: 'move' | 'resize' }>): { start: Date; end: Date } {
  const start = new Date(drag.occurrence.start);
  const end = new Date(drag.occurrence.end);
  if (drag.mode === 'move') {
    return {
      start: shifted(start, drag.dayShift, drag.minuteShift),
      end: shifted(end, drag.dayShift, drag.minuteShift),
    };
  }
  const resized = shifted(end, 0, drag.minuteShift);
  return { start, end: resized.getTime() - start.getTime() < 15 * 60_000 ? shifted(start, 0, 15) : resized };
}

/**
 * The day and week views: an all-day row over the hours of each day. Press and drag over free time
 * to make an event there; drag an event to move it (to another day too) or its lower edge to
 * change its end; a press without a drag opens it. A finger scrolls the hours, and a tap on free
 * time makes an hour-long event there.
 */
export function WeekGrid(props: GridProps) {
  const { days, window, hourHeight, canMove, onCreate, onOpen, onOpenTask, onMove, onDay } = props;
  const { i18n } = useTranslation();
  const { token } = theme.useToken();
  const titleOf = useTitleOf();
  const scroller = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag>();
  const [now, setNow] = useState(() => new Date());
  const occurrences = window?.occurrences ?? [];
  const tasks = window?.tasks ?? [];

  useEffect(() => {
    // the working day in view on first show
    if (scroller.current) scroller.current.scrollTop = 8 * hourHeight;
  }, [hourHeight]);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // the handlers sit on the days' container, so its box is where the pointer is measured from
  const pointAt = (event: ReactPointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const day = Math.min(
      days.length - 1,
      Math.max(0, Math.floor(((event.clientX - rect.left) / rect.width) * days.length)),
    );
    return { day, minutes: ((event.clientY - rect.top) / hourHeight) * 60 };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const element = (event.target as HTMLElement).closest<HTMLElement>('[data-occurrence]');
    const { day, minutes } = pointAt(event);
    if (element) {
      const occurrence = occurrences.find((each) => occurrenceKey(each) === element.dataset.occurrence);
      if (!occurrence) return;
      const resize = (event.target as HTMLElement).dataset.resize !== undefined;
      setDrag({
        mode: resize ? 'resize' : 'move',
        occurrence,
        x: event.clientX,
        y: event.clientY,
        dayShift: 0,
        minuteShift: 0,
        moved: false,
      });
    } else {
      setDrag({ mode: 'create', day, anchor: snap(minutes), current: snap(minutes), moved: false });
    }
    // a finger scrolls: the browser takes it over (pointercancel) once it does
    if (event.pointerType === 'mouse') event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const { day, minutes } = pointAt(event);
    if (drag.mode === 'create') {
      const current = snap(minutes);
      setDrag({ ...drag, current, moved: drag.moved || current !== drag.anchor });
      return;
    }
    const moved = drag.moved || Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > SLOP;
    if (!moved || !canMove(drag.occurrence)) return;
    const startDay = days.findIndex((each) => sameDay(each, new Date(drag.occurrence.start)));
    const minuteShift = Math.round((((event.clientY - drag.y) / hourHeight) * 60) / 15) * 15;
    setDrag({ ...drag, moved, minuteShift, dayShift: drag.mode === 'move' && startDay >= 0 ? day - startDay : 0 });
  };

  const onPointerUp = () => {
    if (!drag) return;
    setDrag(undefined);
    if (drag.mode === 'create') {
      const from = Math.min(drag.anchor, drag.current);
      const to = drag.moved ? Math.max(drag.anchor, drag.current) + 15 : from + 60;
      onCreate(at(days[drag.day], from), at(days[drag.day], to), false);
      return;
    }
    if (!drag.moved) {
      onOpen(drag.occurrence);
      return;
    }
    if (drag.dayShift === 0 && drag.minuteShift === 0) return;
    const { start, end } = target(drag);
    onMove(drag.occurrence, start, end);
  };

  const ghost = drag && drag.mode !== 'create' && drag.moved ? target(drag) : undefined;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }} data-testid="calendar-grid">
      <div style={{ display: 'flex', borderBottom: `1px solid ${token.colorBorderSecondary}`, flex: 'none' }}>
        <div style={{ width: GUTTER, flex: 'none' }} />
        {days.map((day) => (
          <div
            key={day.toISOString()}
            style={{ flex: 1, minWidth: 0, borderInlineStart: `1px solid ${token.colorBorderSecondary}` }}
          >
            <DayHeading day={day} lunar={props.lunar} onClick={() => onDay(day)} />
            <div
              style={{ display: 'flex', flexDirection: 'column', gap: 2, padding: '2px 2px 4px', minHeight: 8 }}
              data-testid="calendar-all-day"
            >
              {dayItems(occurrences, tasks, day, false).map((item) => (
                <DayChip
                  key={item.kind === 'task' ? `task-${item.task.id}` : occurrenceKey(item.occurrence)}
                  item={item}
                  withTime={false}
                  onOpen={onOpen}
                  onOpenTask={onOpenTask}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div ref={scroller} style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }}>
        <div style={{ display: 'flex', position: 'relative', height: 24 * hourHeight }}>
          <div style={{ width: GUTTER, flex: 'none', position: 'relative' }}>
            {Array.from({ length: 23 }, (_, index) => index + 1).map((hour) => (
              <div
                key={hour}
                style={{
                  position: 'absolute',
                  top: hour * hourHeight - 8,
                  insetInlineEnd: 6,
                  fontSize: 11,
                  color: token.colorTextTertiary,
                }}
              >
                {timeOf(at(days[0], hour * 60), i18n.language)}
              </div>
            ))}
          </div>
          <div
            data-testid="calendar-columns"
            style={{ flex: 1, display: 'flex', position: 'relative', touchAction: 'pan-y', userSelect: 'none' }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => setDrag(undefined)}
          >
            {days.map((day, index) => {
              const spans = occurrences.filter(inGrid).flatMap((occurrence) => {
                const span = minutesOnDay(new Date(occurrence.start), new Date(occurrence.end), day);
                return span ? [{ id: occurrenceKey(occurrence), occurrence, ...span }] : [];
              });
              const selection =
                drag?.mode === 'create' && drag.day === index && drag.moved
                  ? { from: Math.min(drag.anchor, drag.current), to: Math.max(drag.anchor, drag.current) + 15 }
                  : undefined;
              const ghostSpan = ghost && minutesOnDay(ghost.start, ghost.end, day);
              return (
                <div
                  key={day.toISOString()}
                  data-testid="calendar-day-column"
                  data-day={day.toISOString()}
                  style={{
                    flex: 1,
                    minWidth: 0,
                    position: 'relative',
                    borderInlineStart: `1px solid ${token.colorBorderSecondary}`,
                    backgroundImage: `repeating-linear-gradient(to bottom, ${token.colorBorderSecondary} 0 1px, transparent 1px ${hourHeight}px)`,
                  }}
                >
                  {layoutDay(spans).map(({ item, lane, lanes }) => {
                    const { occurrence } = item;
                    const dragged =
                      drag && drag.mode !== 'create' && drag.moved && occurrenceKey(drag.occurrence) === item.id;
                    const minutes = Math.max(item.end - item.start, MIN_MINUTES);
                    return (
                      <div
                        key={item.id}
                        data-occurrence={item.id}
                        data-testid="calendar-event"
                        data-event-id={occurrence.eventId}
                        style={{
                          ...occurrenceStyle(occurrence),
                          position: 'absolute',
                          top: (item.start / 60) * hourHeight,
                          height: (minutes / 60) * hourHeight - 1,
                          insetInlineStart: `calc(${(lane / lanes) * 100}% + 1px)`,
                          width: `calc(${100 / lanes}% - 3px)`,
                          borderRadius: 4,
                          padding: '1px 4px',
                          fontSize: 12,
                          lineHeight: '16px',
                          overflow: 'hidden',
                          cursor: canMove(occurrence) ? 'grab' : 'pointer',
                          opacity: dragged ? 0.35 : occurrenceStyle(occurrence).opacity,
                        }}
                      >
                        <div
                          style={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}
                          data-testid="calendar-event-title"
                        >
                          {occurrence.private && <LockOutlined style={{ marginInlineEnd: 2 }} />}
                          {titleOf(occurrence)}
                        </div>
                        {minutes >= 45 && (
                          <div style={{ opacity: 0.7 }}>
                            {timeOf(new Date(occurrence.start), i18n.language)}
                            {occurrence.location || occurrence.roomName
                              ? ` · ${occurrence.roomName ?? occurrence.location}`
                              : ''}
                          </div>
                        )}
                        {canMove(occurrence) && (
                          <div
                            data-resize
                            data-testid="calendar-event-resize"
                            style={{ position: 'absolute', insetInline: 0, bottom: 0, height: 6, cursor: 'ns-resize' }}
                          />
                        )}
                      </div>
                    );
                  })}
                  {selection && (
                    <Block
                      top={selection.from}
                      minutes={selection.to - selection.from}
                      hourHeight={hourHeight}
                      testId="calendar-selection"
                    >
                      {`${timeOf(at(day, selection.from), i18n.language)} – ${timeOf(at(day, selection.to), i18n.language)}`}
                    </Block>
                  )}
                  {ghostSpan && (
                    <Block
                      top={ghostSpan.start}
                      minutes={ghostSpan.end - ghostSpan.start}
                      hourHeight={hourHeight}
                      testId="calendar-ghost"
                    >
                      {timeOf(ghost.start, i18n.language)}
                    </Block>
                  )}
                  {sameDay(day, now) && (
                    <div
                      style={{
                        position: 'absolute',
                        insetInline: 0,
                        top: ((now.getHours() * 60 + now.getMinutes()) / 60) * hourHeight,
                        borderTop: `2px solid ${token.colorError}`,
                        pointerEvents: 'none',
                      }}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

/** A translucent block on the grid: the time being selected, or where a dragged event would land. */
function Block({
  top,
  minutes,
  hourHeight,
  testId,
  children,
}: {
  top: number;
  minutes: number;
  hourHeight: number;
  testId: string;
  children: string;
}) {
  const { token } = theme.useToken();
  return (
    <div
      data-testid={testId}
      style={{
        position: 'absolute',
        insetInline: 1,
        top: (top / 60) * hourHeight,
        height: (Math.max(minutes, 15) / 60) * hourHeight,
        background: token.colorPrimaryBg,
        border: `1px solid ${token.colorPrimary}`,
        borderRadius: 4,
        fontSize: 12,
        padding: '1px 4px',
        pointerEvents: 'none',
        zIndex: 2,
      }}
    >
      {children}
    </div>
  );
}
