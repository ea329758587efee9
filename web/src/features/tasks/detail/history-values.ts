type Translate = (key: string, options?: Record<string, unknown>) => string;

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * One side of a history entry in words. The server keeps each field's value as JSON: text, a
 * moment, a list of people or tasks or checklist lines, a rich-text document; whatever it is, it
 * reads as something short.
 */
export function historyValue(field: string, value: unknown, language: string, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'description') return t('tasks.history.richText');
  if (typeof value === 'boolean') return t(value ? 'tasks.history.yes' : 'tasks.history.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ISO_MOMENT.test(value)) {
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
    }
    if (field === 'state') return t(`tasks.state.${value}`, { defaultValue: value });
    if (field === 'priority') return t(`tasks.priority.${value}`, { defaultValue: value });
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (field === 'reminders') return value.map((minutes) => reminderText(Number(minutes), t)).join(', ');
    return value.map((each) => historyValue(field === 'tags' ? 'tags' : '', each, language, t)).join(', ');
  }
  if (typeof value === 'object') {
    const named = value as { name?: unknown; title?: unknown; text?: unknown; done?: unknown };
    const text = [named.name, named.title, named.text].find((each) => typeof each === 'string') as string | undefined;
    if (text !== undefined) return named.done === true ? `✓ ${text}` : text;
  }
  return JSON.stringify(value);
}

/** A reminder's offset before the due time in words: at due time, 15 minutes, 1 hour, 1 day before. */
export function reminderText(minutes: number, t: Translate): string {
  if (minutes === 0) return t('tasks.reminder.atDue');
  if (minutes % 1440 === 0) return t('tasks.reminder.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('tasks.reminder.hours', { count: minutes / 60 });
  return t('tasks.reminder.minutes', { count: minutes });
}
