import { describe, expect, it } from 'vitest';
import { listTime, participantsText } from './when';

describe('listTime', () => {
  const now = new Date(2026, 11, 7, 15, 0);
  it('shows the time for today, the day for this year, the date before', () => {
    expect(listTime(new Date(2026, 11, 7, 9, 5).toISOString(), 'en-GB', now)).toBe('09:05');
    expect(listTime(new Date(2026, 2, 1, 9, 5).toISOString(), 'en-GB', now)).toBe('1 Mar');
    expect(listTime(new Date(2025, 2, 1, 9, 5).toISOString(), 'en-GB', now)).toBe('01/03/2025');
  });
});

describe('participantsText', () => {
  it('names each person once and counts the messages', () => {
    const people = [
      { address: 'li.lei@example.com', name: '李雷' },
      { address: 'hmm@example.com' },
      { address: 'li.lei@example.com', name: '李雷' },
    ];
    expect(participantsText(people, 3)).toBe('李雷, hmm (3)');
    expect(participantsText(people.slice(0, 1), 1)).toBe('李雷');
  });
});
