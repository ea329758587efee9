import { describe, expect, it } from 'vitest';
import { historyValue, reminderText } from './history-values';

const t = (key: string, options?: Record<string, unknown>) =>
  options?.count !== undefined ? `${key}:${options.count}` : key;

describe('historyValue', () => {
  it('reads empty values as a dash', () => {
    expect(historyValue('due', null, 'en', t)).toBe('—');
    expect(historyValue('tags', [], 'en', t)).toBe('—');
  });

  it('translates states and priorities', () => {
    expect(historyValue('state', 'DONE', 'en', t)).toBe('tasks.state.DONE');
    expect(historyValue('priority', 'HIGH', 'en', t)).toBe('tasks.priority.HIGH');
  });

  it('names people, tasks and checklist lines', () => {
    expect(
      historyValue(
        'assignees',
        [
          { id: '1', name: 'Ana' },
          { id: '2', name: '李雷' },
        ],
        'en',
        t,
      ),
    ).toBe('Ana, 李雷');
    expect(
      historyValue(
        'checklist',
        [
          { text: 'a', done: true },
          { text: 'b', done: false },
        ],
        'en',
        t,
      ),
    ).toBe('✓ a, b');
  });

  it('formats moments and leaves rich text unquoted', () => {
    expect(historyValue('due', '2026-12-08T07:00:00Z', 'en', t)).toMatch(/2026/);
    expect(historyValue('description', { type: 'doc' }, 'en', t)).toBe('tasks.history.richText');
  });

  it('reads reminders', () => {
    expect(historyValue('reminders', [0, 30, 120, 1440], 'en', t)).toBe(
      'tasks.reminder.atDue, tasks.reminder.minutes:30, tasks.reminder.hours:2, tasks.reminder.days:1',
    );
    expect(reminderText(90, t)).toBe('tasks.reminder.minutes:90');
  });
});
