import { LeftOutlined, MenuOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Segmented, Switch, theme, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadFailed, Loading } from '../../shared/ui/page-state';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { eventQuery, useCalendars, useCalendarWindow, useMoveOccurrence } from './api/calendar-api';
import type { CalendarInfo, DueTask, EventDetail, Occurrence } from './api/types';
import { EventDetailDrawer } from './detail/event-detail';
import { PendingInvitations } from './invitations';
import { useScheduleRequest } from './scheduling';
import { SettingsButton, usePersonalZone } from './settings';
import { type EditorTarget, EventEditor } from './editor/event-editor';
import { useScopeDialog } from './editor/scope-dialog';
import { useLiveCalendar } from './live/use-live-calendar';
import { blankForm } from './model/event-form';
import {
  AGENDA_DAYS,
  isoDay,
  monthGrid,
  parseIsoDay,
  rangeOf,
  step,
  type ViewKind,
  weekOf,
  weekStartFor,
} from './model/week';
import { calendarHome, eventPath, taskPathOf } from './paths';
import { CalendarList } from './sidebar/calendar-list';
import { AgendaView } from './views/agenda-view';
import { MonthView } from './views/month-view';
import { canEditIn } from './views/occurrence-style';
import { WeekGrid } from './views/week-grid';

const VIEWS: ViewKind[] = ['day', 'week', 'month', 'agenda'];
const LUNAR_KEY = 'atrium.calendar.lunar';
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The heading over a view: the month, or the week's first and last days, or the day. */
function headingOf(view: ViewKind, date: Date, from: Date, to: Date, locale: string): string {
  if (view === 'month') return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(date);
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  if (view === 'day') return format.format(from);
  return format.formatRange(from, new Date(to.getTime() - 1));
}

/**
 * The calendar: my calendars and the ones I overlay beside a day, week, month or agenda view. The
 * view and its day are in the address (`?view=week&date=2026-12-07`), so a reload or a link keeps
 * them; an event opened is `/calendar/events/:id` over the same view.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const onProblem = useProblemHandler();
  const { eventId } = useParams();
  const [params] = useSearchParams();
  const view = (VIEWS as string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as ViewKind)
    : isPhone
      ? 'agenda'
      : 'week';
  const date = parseIsoDay(params.get('date')) ?? new Date();
  const weekStart = weekStartFor(i18n.language);
  const { from, to } = rangeOf(view, date, weekStart);
  const chinese = i18n.language.startsWith('zh');
  const [lunarChosen, setLunarChosen] = useState(() => localStorage.getItem(LUNAR_KEY) === 'on');
  const lunar = chinese && lunarChosen;
  const [editor, setEditor] = useState<EditorTarget>();
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const moveScope = useScopeDialog('edit');
  const move = useMoveOccurrence();

  const calendars = useCalendars();
  const list = useMemo(() => calendars.data ?? [], [calendars.data]);
  usePersonalZone(calendars.data);
  const shown = list.filter((calendar) => calendar.visible).map((calendar) => calendar.id);
  const window = useCalendarWindow(shown, from, to, ZONE);

  const go = (change: { view?: ViewKind; date?: Date }) => {
    const next = new URLSearchParams(params);
    next.set('view', change.view ?? view);
    next.set('date', isoDay(change.date ?? date));
    next.delete('occurrence');
    void navigate(`${calendarHome}?${next.toString()}`);
  };
  const closeEvent = () => {
    const next = new URLSearchParams(params);
    next.delete('occurrence');
    void navigate(`${calendarHome}?${next.toString()}`);
  };
  const queryClient = useQueryClient();
  useLiveCalendar((removed) => {
    if (removed !== eventId) return;
    // an event moved to another calendar leaves the old one's stream too: it stays open for whoever
    // still sees it, and closes once it is cancelled or hidden from me
    queryClient
      .fetchQuery({ ...eventQuery(removed, params.get('occurrence')), staleTime: 0 })
      .then((detail) => {
        if (detail.status === 'CANCELLED') closeEvent();
      })
      .catch(closeEvent);
  });

  const defaultCalendar = (
    list.find((calendar) => calendar.mine && calendar.kind === 'PERSONAL') ??
    list.find((calendar) => canEditIn(calendar.role))
  )?.id;
  const roleOf = new Map(list.map((calendar: CalendarInfo) => [calendar.id, calendar.role]));
  const canMove = (occurrence: Occurrence) => !occurrence.busyOnly && canEditIn(roleOf.get(occurrence.calendarId));

  const onCreate = (start: Date, end: Date, allDay: boolean) => {
    if (defaultCalendar) setEditor({ kind: 'create', form: blankForm(defaultCalendar, start, end, allDay, ZONE) });
  };
  const personal = list.find((calendar) => calendar.mine && calendar.kind === 'PERSONAL');
  useScheduleRequest(!!defaultCalendar, (draft) => {
    if (!defaultCalendar) return;
    const form = blankForm(defaultCalendar, nextHour(new Date()), nextHour(new Date(), 1), false, ZONE);
    const invitees = draft.people
      .filter((id) => id !== personal?.ownerId)
      .map((id) => ({ kind: 'PERSON' as const, id }));
    setEditor({ kind: 'create', form: { ...form, invitees }, source: draft.source });
  });
  const onOpen = (occurrence: Occurrence) => {
    const next = new URLSearchParams(params);
    next.set('view', view);
    next.set('date', isoDay(date));
    if (occurrence.occurrence) next.set('occurrence', occurrence.occurrence);
    else next.delete('occurrence');
    void navigate(`${eventPath(occurrence.eventId)}?${next.toString()}`);
  };
  const onOpenTask = (task: DueTask) => void navigate(taskPathOf(task.id));
  const onMove = async (occurrence: Occurrence, start: Date, end: Date) => {
    const scope = occurrence.recurring ? await moveScope.ask() : 'ALL';
    if (!scope) return;
    move.mutate({ occurrence, start, end, scope }, { onError: (error) => onProblem(error) });
  };
  const onSaved = (detail: EventDetail) => {
    setEditor(undefined);
    // a new event shows in the view, where it was made: the view moves to it if it lies elsewhere
    const start = new Date(detail.start);
    if (start < from || start >= to) go({ date: start });
  };
  const toggleLunar = (on: boolean) => {
    localStorage.setItem(LUNAR_KEY, on ? 'on' : 'off');
    setLunarChosen(on);
  };

  if (calendars.isPending) return <Loading />;
  if (calendars.isError) return <LoadFailed error={calendars.error} onRetry={() => void calendars.refetch()} />;

  const gridProps = {
    window: window.data,
    lunar,
    hourHeight: isPhone ? 56 : 48,
    canMove,
    onCreate,
    onOpen,
    onOpenTask,
    onMove: (occurrence: Occurrence, start: Date, end: Date) => void onMove(occurrence, start, end),
    onDay: (day: Date) => go({ view: 'day', date: day }),
  };
  const sidebar = (
    <Flex vertical gap={8}>
      <CalendarList calendars={list} />
      {chinese && (
        <Flex align="center" gap={8} style={{ padding: '8px 4px' }}>
          <Switch size="small" checked={lunarChosen} onChange={toggleLunar} data-testid="calendar-lunar-toggle" />
          <Typography.Text>{t('calendar.lunar')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );

  return (
    <div
      style={{ display: 'flex', height: '100%', background: token.colorBgContainer }}
      data-testid="calendar-page"
      data-view={view}
    >
      {!isPhone && (
        <aside
          style={{
            width: 240,
            flex: 'none',
            padding: 12,
            borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
            overflowY: 'auto',
          }}
        >
          <Button
            type="primary"
            icon={<PlusOutlined />}
            block
            onClick={() => onCreate(nextHour(date), nextHour(date, 1), false)}
            data-testid="calendar-new"
          >
            {t('calendar.newEvent')}
          </Button>
          {sidebar}
        </aside>
      )}
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Flex
          align="center"
          gap={isPhone ? 4 : 8}
          wrap
          style={{
            padding: isPhone ? '6px 8px' : '8px 16px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            flex: 'none',
          }}
        >
          {isPhone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('calendar.sidebar.title')}
              onClick={() => setSidebarOpen(true)}
              data-testid="calendar-sidebar-open"
            />
          )}
          <Button onClick={() => go({ date: new Date() })} data-testid="calendar-today">
            {t('calendar.today')}
          </Button>
          <Button
            type="text"
            icon={<LeftOutlined />}
            aria-label={t('calendar.previous')}
            onClick={() => go({ date: step(view, date, -1) })}
            data-testid="calendar-previous"
          />
          <Button
            type="text"
            icon={<RightOutlined />}
            aria-label={t('calendar.next')}
            onClick={() => go({ date: step(view, date, 1) })}
            data-testid="calendar-next"
          />
          <Typography.Text
            strong
            style={{ fontSize: isPhone ? 14 : 16, flex: 1, minWidth: 0 }}
            ellipsis
            data-testid="calendar-heading"
          >
            {headingOf(view, date, from, to, i18n.language)}
          </Typography.Text>
          <PendingInvitations onOpen={(id) => void navigate(eventPath(id))} />
          <SettingsButton />
          <Segmented<ViewKind>
            size={isPhone ? 'small' : 'middle'}
            value={view}
            onChange={(next) => go({ view: next })}
            options={VIEWS.map((value) => ({
              value,
              label: <span data-testid={`calendar-view-${value}`}>{t(`calendar.views.${value}`)}</span>,
            }))}
            style={isPhone ? { width: '100%' } : undefined}
            block={isPhone}
          />
        </Flex>
        <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
          {window.isError && <LoadFailed error={window.error} onRetry={() => void window.refetch()} />}
          {(view === 'day' || view === 'week') && (
            <WeekGrid days={view === 'day' ? [from] : weekOf(date, weekStart)} {...gridProps} />
          )}
          {view === 'month' && <MonthView rows={monthGrid(date, weekStart)} month={date.getMonth()} {...gridProps} />}
          {view === 'agenda' && <AgendaView from={from} days={AGENDA_DAYS} {...gridProps} />}
          {isPhone && (
            <Button
              type="primary"
              shape="circle"
              size="large"
              icon={<PlusOutlined />}
              aria-label={t('calendar.newEvent')}
              onClick={() => onCreate(nextHour(date), nextHour(date, 1), false)}
              style={{
                position: 'absolute',
                insetInlineEnd: 16,
                bottom: 16,
                width: 52,
                height: 52,
                zIndex: 3,
                boxShadow: token.boxShadow,
              }}
              data-testid="calendar-new"
            />
          )}
        </div>
      </div>
      {isPhone && (
        <Drawer
          open={sidebarOpen}
          onClose={() => setSidebarOpen(false)}
          placement="left"
          width={300}
          title={t('calendar.sidebar.title')}
        >
          {sidebar}
        </Drawer>
      )}
      {eventId && (
        <EventDetailDrawer
          eventId={eventId}
          occurrence={params.get('occurrence')}
          calendars={list}
          onEdit={(detail) => setEditor({ kind: 'edit', detail })}
          onClose={closeEvent}
        />
      )}
      {editor && (
        <EventEditor target={editor} calendars={list} onClose={() => setEditor(undefined)} onSaved={onSaved} />
      )}
      {moveScope.dialog}
    </div>
  );
}

/** The next whole hour on the shown day (now's, when the day is today), where a new event starts. */
function nextHour(day: Date, plus = 0): Date {
  const now = new Date();
  const hour = now.toDateString() === day.toDateString() ? now.getHours() + 1 : 9;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour + plus);
}
