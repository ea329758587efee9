import { describe, expect, it } from 'vitest';
import type { CalendarInfo } from '../api/types';
import { zoneToAdopt } from './personal-zone';

const calendar = (change: Partial<CalendarInfo>): CalendarInfo => ({
  id: 'cal-1',
  name: '我',
  description: '',
  kind: 'PERSONAL',
  color: '#1677ff',
  timeZone: 'UTC',
  timeZoneChosen: false,
  role: 'MANAGER',
  ownerId: 'me',
  subscribed: true,
  visible: true,
  mine: true,
  lastSeq: 0,
  ...change,
});

describe('the zone my personal calendar takes from the browser', () => {
  it('my personal calendar still in the server’s UTC takes the browser’s zone', () => {
    expect(zoneToAdopt([calendar({})], 'Asia/Shanghai')).toEqual({ calendarId: 'cal-1', timeZone: 'Asia/Shanghai' });
  });

  it('a zone someone chose stays, even UTC', () => {
    expect(zoneToAdopt([calendar({ timeZoneChosen: true })], 'Asia/Shanghai')).toBeUndefined();
  });

  it('only my own personal calendar, and only for a zone the browser knows', () => {
    expect(zoneToAdopt([calendar({ mine: false }), calendar({ kind: 'TEAM' })], 'Asia/Shanghai')).toBeUndefined();
    expect(zoneToAdopt([calendar({})], undefined)).toBeUndefined();
    expect(zoneToAdopt([calendar({})], 'Etc/Unknown')).toBeUndefined();
  });
});
