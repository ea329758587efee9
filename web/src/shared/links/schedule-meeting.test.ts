import { describe, expect, it } from 'vitest';
import { readScheduleRequest, scheduleMeetingPath } from './schedule-meeting';

const a = '0b6a3c1e-3f1d-4c47-9d3e-9b1f1e2d3c4a';
const b = '1c7b4d2f-4a2e-4d58-8e4f-0c2a2f3e4d5b';

describe('schedule a meeting', () => {
  it('reads back the people and the conversation it was asked from', () => {
    const path = scheduleMeetingPath({ people: [a, b], channelId: b });
    expect(path.startsWith('/calendar?')).toBe(true);
    expect(readScheduleRequest(new URL(path, 'https://x').searchParams)).toEqual({ people: [a, b], channelId: b });
  });

  it('asks nothing of an ordinary calendar address and drops what is not an id', () => {
    expect(readScheduleRequest(new URLSearchParams('view=week'))).toBeNull();
    expect(readScheduleRequest(new URLSearchParams(`schedule=1&people=${a},nope,${a}&channel=x`))).toEqual({
      people: [a],
      channelId: undefined,
    });
  });
});
