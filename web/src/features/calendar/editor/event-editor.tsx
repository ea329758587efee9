import { Alert, Button, DatePicker, Drawer, Flex, Input, Select, Switch, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrincipalLabel, PrincipalPicker } from '../../../shared/ui/grants/principal';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateEvent, useMoveEventToCalendar, useUpdateEvent } from '../api/calendar-api';
import type { AttendeeKind, CalendarInfo, EventDetail } from '../api/types';
import { type EventForm, formOf, wallOf, writeOfForm } from '../model/event-form';
import { RoomPicker } from '../rooms';
import { FindTimeField } from '../scheduling';
import { canEditIn } from '../views/occurrence-style';
import { DescriptionEditor } from './description-editor';
import { PageField } from './page-field';
import { RepeatField } from './repeat-field';
import { useScopeDialog } from './scope-dialog';

/** What the editor opens on: a new event (its form prefilled from the grid) or one to change. */
export type EditorTarget =
  { kind: 'create'; form: EventForm; source?: { channelId: string } } | { kind: 'edit'; detail: EventDetail };

/** The offsets a reminder offers, in minutes before the start. */
const REMINDERS = [0, 5, 15, 30, 60, 120, 1440];
const ZONES = Intl.supportedValuesOf('timeZone');

function Row({ label, children }: { label: string; children: ReactNode }) {
  const isPhone = useIsPhone();
  return (
    <Flex vertical={isPhone} gap={isPhone ? 2 : 12} align={isPhone ? 'stretch' : 'flex-start'}>
      {/* a label of two lines (a long English one) stays aligned with its field's first line */}
      <Typography.Text
        type="secondary"
        style={{ width: isPhone ? undefined : 80, flex: 'none', lineHeight: '22px', paddingBlock: isPhone ? 0 : 5 }}
      >
        {label}
      </Typography.Text>
      <Flex style={{ flex: 1, minWidth: 0 }} align="center" wrap gap={8}>
        {children}
      </Flex>
    </Flex>
  );
}

function sameApartFromCalendar(a: EventForm, b: EventForm) {
  return JSON.stringify({ ...a, calendarId: '' }) === JSON.stringify({ ...b, calendarId: '' });
}

/** The event editor in a drawer (the whole screen on a phone); a change of a recurring event asks its scope. */
export function EventEditor({
  target,
  calendars,
  onClose,
  onSaved,
}: {
  target: EditorTarget;
  calendars: CalendarInfo[];
  onClose: () => void;
  onSaved: (event: EventDetail) => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const onProblem = useProblemHandler();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const moveTo = useMoveEventToCalendar();
  const scope = useScopeDialog('edit');
  const [form, setForm] = useState<EventForm>(() => (target.kind === 'create' ? target.form : formOf(target.detail)));
  const [invalid, setInvalid] = useState<string>();
  const set = (change: Partial<EventForm>) => setForm((current) => ({ ...current, ...change }));
  const [roomName, setRoomName] = useState(target.kind === 'edit' ? target.detail.roomName : undefined);
  // the meeting's time as instants, for the rooms free then and the attendees' busy times
  const span = writeOfForm(form, null);
  const organizerId =
    target.kind === 'edit'
      ? target.detail.organizer.id
      : calendars.find((each) => each.mine && each.kind === 'PERSONAL')?.ownerId;
  const people = [
    organizerId,
    ...form.invitees.filter((invitee) => invitee.kind === 'PERSON').map((invitee) => invitee.id),
  ].filter((id): id is string => !!id);
  // an event moves only to a calendar I may edit, never onto a room's (a room is booked instead)
  const writable = calendars.filter(
    (calendar) =>
      canEditIn(calendar.role) &&
      (target.kind === 'create' || calendar.kind !== 'ROOM' || calendar.id === target.detail.calendarId),
  );
  const pickerFormat = form.allDay ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm';
  const busy = create.isPending || update.isPending || moveTo.isPending;
  const moving = target.kind === 'edit' && form.calendarId !== target.detail.calendarId;

  const setStart = (start: Dayjs | null) => {
    if (!start) return;
    // the end keeps the event's length, as in Outlook
    set({ start, end: start.add(form.end.diff(form.start), 'millisecond') });
  };
  const addInvitee = (kind: AttendeeKind, id: string | undefined) => {
    if (!id || form.invitees.some((invitee) => invitee.kind === kind && invitee.id === id)) return;
    set({ invitees: [...form.invitees, { kind, id }] });
  };

  const save = async () => {
    if (!form.title.trim()) return setInvalid(t('calendar.editor.titleMissing'));
    if (form.allDay ? form.end.isBefore(form.start, 'day') : !form.end.isAfter(form.start)) {
      return setInvalid(t('calendar.editor.endBeforeStart'));
    }
    setInvalid(undefined);
    const onError = (error: unknown) => onProblem(error);
    if (target.kind === 'create') {
      create.mutate(
        { calendarId: form.calendarId, event: { ...writeOfForm(form, null), source: target.source } },
        { onSuccess: onSaved, onError },
      );
      return;
    }
    const { detail } = target;
    // a move alone writes nothing else, so a series is not asked which occurrences it concerns
    const onlyMoved = moving && sameApartFromCalendar(form, formOf(detail));
    const chosen = detail.recurring && !onlyMoved ? await scope.ask() : 'ALL';
    if (!chosen) return;
    // moved first: a calendar refused leaves the event as it was, the editor open to choose again
    if (moving) {
      try {
        const moved = await moveTo.mutateAsync({ id: detail.id, calendarId: form.calendarId });
        if (onlyMoved) return onSaved(moved);
      } catch (error) {
        onError(error);
        return;
      }
    }
    update.mutate(
      { id: detail.id, scope: chosen, occurrence: detail.occurrence, event: writeOfForm(form, detail.recurrence) },
      { onSuccess: onSaved, onError },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      width={isPhone ? '100%' : 600}
      title={t(target.kind === 'create' ? 'calendar.editor.newTitle' : 'calendar.editor.editTitle')}
      data-testid="event-editor"
      destroyOnHidden
      extra={
        <Button type="primary" onClick={() => void save()} loading={busy} data-testid="event-save">
          {t('common.save')}
        </Button>
      }
    >
      <Flex vertical gap={14}>
        {invalid && <Alert type="error" showIcon message={invalid} data-testid="event-invalid" />}
        <Input
          size="large"
          autoFocus
          value={form.title}
          maxLength={500}
          placeholder={t('calendar.editor.titlePlaceholder')}
          onChange={(event) => set({ title: event.target.value })}
          onPressEnter={() => void save()}
          data-testid="event-title"
        />
        <Row label={t('calendar.editor.calendar')}>
          <Select
            value={form.calendarId}
            onChange={(calendarId) => set({ calendarId })}
            options={writable.map((calendar) => ({
              value: calendar.id,
              label: (
                <Flex gap={6} align="center">
                  <span style={{ width: 10, height: 10, borderRadius: 5, background: calendar.color }} />
                  {calendar.name}
                </Flex>
              ),
            }))}
            style={{ minWidth: 200 }}
            data-testid="event-calendar"
          />
          {target.kind === 'edit' && moving && target.detail.recurring && (
            <Typography.Text type="secondary" data-testid="event-move-series-hint">
              {t('calendar.editor.moveSeriesHint')}
            </Typography.Text>
          )}
        </Row>
        <Row label={t('calendar.editor.when')}>
          <Switch checked={form.allDay} onChange={(allDay) => set({ allDay })} data-testid="event-all-day" />
        </Row>
        <Row label={t('calendar.editor.start')}>
          <DatePicker
            value={form.start}
            showTime={form.allDay ? false : { format: 'HH:mm', minuteStep: 5 }}
            format={pickerFormat}
            allowClear={false}
            onChange={setStart}
            data-testid="event-start"
          />
        </Row>
        <Row label={t('calendar.editor.end')}>
          <DatePicker
            value={form.end}
            showTime={form.allDay ? false : { format: 'HH:mm', minuteStep: 5 }}
            format={pickerFormat}
            allowClear={false}
            onChange={(end) => end && set({ end })}
            data-testid="event-end"
          />
        </Row>
        {!form.allDay && (
          <Row label={t('calendar.editor.timeZone')}>
            <Select
              showSearch
              value={form.timeZone}
              onChange={(timeZone) => set({ timeZone })}
              options={ZONES.map((zone) => ({ value: zone, label: zone }))}
              style={{ minWidth: 220 }}
              data-testid="event-time-zone"
            />
          </Row>
        )}
        {!form.allDay && (
          <FindTimeField
            people={people}
            rooms={form.roomId ? [{ id: form.roomId, name: roomName ?? '' }] : []}
            start={span.start}
            end={span.end}
            onChange={(start, end) => set({ start: wallOf(start, form.timeZone), end: wallOf(end, form.timeZone) })}
          />
        )}
        <Row label={t('calendar.editor.repeat')}>
          <RepeatField value={form.repeat} start={form.start} onChange={(repeat) => set({ repeat })} />
        </Row>
        <Row label={t('calendar.editor.location')}>
          <Input
            value={form.location}
            maxLength={500}
            onChange={(event) => set({ location: event.target.value })}
            placeholder={t('calendar.editor.locationPlaceholder')}
            data-testid="event-location"
          />
        </Row>
        <Row label={t('calendar.rooms.title')}>
          <RoomPicker
            from={span.start}
            to={span.end}
            attendeeCount={people.length}
            value={form.roomId}
            onChange={(roomId, room) => {
              set({ roomId });
              setRoomName(room?.name);
            }}
          />
        </Row>
        <Row label={t('calendar.editor.attendees')}>
          <Flex vertical gap={8} style={{ width: '100%' }} data-testid="event-attendees">
            {form.invitees.length > 0 && (
              <Flex wrap gap={4}>
                {form.invitees.map((invitee) => (
                  <Tag
                    key={`${invitee.kind}-${invitee.id}`}
                    closable
                    onClose={() => set({ invitees: form.invitees.filter((other) => other !== invitee) })}
                    data-testid="event-attendee"
                    // the label is a flex row: an inline tag would push its close button under it
                    style={{ display: 'inline-flex', alignItems: 'center' }}
                  >
                    <PrincipalLabel principal={invitee} />
                  </Tag>
                ))}
              </Flex>
            )}
            <PrincipalPicker<AttendeeKind>
              kinds={['PERSON', 'DEPARTMENT', 'GROUP']}
              onPick={({ kind, id }) => addInvitee(kind, id)}
            />
          </Flex>
        </Row>
        <Row label={t('calendar.editor.page')}>
          <PageField value={form.docPageId} onChange={(docPageId) => set({ docPageId })} />
        </Row>
        <Row label={t('calendar.editor.reminders')}>
          <Select
            mode="multiple"
            value={form.reminders}
            onChange={(reminders: number[]) => set({ reminders })}
            options={REMINDERS.map((minutes) => ({ value: minutes, label: reminderLabel(minutes, t) }))}
            placeholder={t('calendar.editor.noReminder')}
            style={{ minWidth: 220 }}
            data-testid="event-reminders"
          />
        </Row>
        <Row label={t('calendar.editor.private')}>
          <Switch checked={form.private} onChange={(value) => set({ private: value })} data-testid="event-private" />
          <Typography.Text type="secondary">{t('calendar.editor.privateHint')}</Typography.Text>
        </Row>
        <DescriptionEditor value={form.description} editable onChange={(description) => set({ description })} />
      </Flex>
      {scope.dialog}
    </Drawer>
  );
}

/** "At the start", "15 minutes before", "1 day before". */
export function reminderLabel(minutes: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (minutes === 0) return t('calendar.reminder.atStart');
  if (minutes % 1440 === 0) return t('calendar.reminder.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('calendar.reminder.hours', { count: minutes / 60 });
  return t('calendar.reminder.minutes', { count: minutes });
}
