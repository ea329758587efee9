import { describe, expect, it } from 'vitest';
import type { EventDetail } from '../api/types';
import { blankForm, formOf, writeOfForm } from './event-form';

const person = (id: string, name: string) => ({
  id,
  name,
  email: `${id}@example.com`,
  departmentPath: [],
  guest: false,
  suspended: false,
});

const detail: EventDetail = {
  id: 'ev-1',
  calendarId: 'cal-1',
  calendarName: 'Me',
  proposals: [],
  busyOnly: false,
  title: 'Weekly sync',
  allDay: false,
  // 10:00–11:00 in Shanghai
  start: '2026-12-08T02:00:00Z',
  end: '2026-12-08T03:00:00Z',
  timeZone: 'Asia/Shanghai',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  private: false,
  reminders: [15],
  organizer: person('me', 'Me'),
  attendees: [
    { person: person('me', 'Me'), response: 'ACCEPTED', note: '', forOccurrence: false },
    { person: person('li', '李雷'), response: 'NEEDS_ACTION', note: '', forOccurrence: false },
  ],
  recurring: true,
  attachments: [],
  sequence: 0,
  status: 'CONFIRMED',
  capabilities: { edit: true, cancel: true, answer: false },
};

describe('the event form', () => {
  it('shows times on the wall clock of the event’s zone and lists attendees but the organiser', () => {
    const form = formOf(detail);
    expect(form.start.format('YYYY-MM-DD HH:mm')).toBe('2026-12-08 10:00');
    expect(form.end.format('HH:mm')).toBe('11:00');
    expect(form.invitees).toEqual([{ kind: 'PERSON', id: 'li', name: '李雷' }]);
    expect(form.repeat?.frequency).toBe('WEEKLY');
  });

  it('writes back the same instants and rule', () => {
    const write = writeOfForm(formOf(detail), detail.recurrence);
    expect(write.start).toBe('2026-12-08T02:00:00.000Z');
    expect(write.end).toBe('2026-12-08T03:00:00.000Z');
    expect(write.recurrence).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(write.attendees).toEqual([{ kind: 'PERSON', id: 'li' }]);
  });

  it('keeps the event’s page on an edit, and a cleared page is sent as none', () => {
    const form = formOf({ ...detail, docPageId: 'page-1' });
    expect(writeOfForm(form, null).docPageId).toBe('page-1');
    expect(writeOfForm({ ...form, docPageId: null }, null).docPageId).toBeUndefined();
  });

  it('sends an all-day event from midnight of its first day to the midnight after its last, in its zone', () => {
    const form = blankForm('cal-1', new Date(2026, 11, 24), new Date(2026, 11, 26), true, 'Asia/Shanghai');
    expect(form.end.format('YYYY-MM-DD')).toBe('2026-12-25');
    const write = writeOfForm({ ...form, title: ' Holiday ' }, null);
    expect(write).toMatchObject({
      title: 'Holiday',
      allDay: true,
      start: '2026-12-23T16:00:00.000Z',
      end: '2026-12-25T16:00:00.000Z',
      recurrence: undefined,
    });
  });

  it('keeps a rule it cannot show as it is', () => {
    const odd = { ...detail, recurrence: 'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR' };
    const form = formOf(odd);
    expect(form.repeat).toBeUndefined();
    expect(writeOfForm(form, odd.recurrence).recurrence).toBe(odd.recurrence);
  });
});
