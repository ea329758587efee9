import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../../shared/api/problem';
import { nextReminderAt } from './reminders-card';

describe('when the next manual reminder may go', () => {
  it('is what the last reminder answered', () => {
    expect(nextReminderAt({ nextAllowedAt: '2026-12-07T10:10:00Z' }, null)).toBe('2026-12-07T10:10:00Z');
  });

  it('is what the refusal of a click too soon says, and nothing for another problem', () => {
    const tooSoon = new ApiProblem({
      status: 429,
      code: 'announce.remind-too-soon',
      retryAfterSeconds: 300,
      body: { nextAllowedAt: '2026-12-07T10:10:00Z' },
    });
    expect(nextReminderAt(undefined, tooSoon)).toBe('2026-12-07T10:10:00Z');
    expect(nextReminderAt(undefined, new ApiProblem({ status: 409, code: 'announce.not-published' }))).toBeUndefined();
    expect(nextReminderAt(undefined, null)).toBeUndefined();
  });
});
