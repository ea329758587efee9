import type { i18n as I18n } from 'i18next';

/**
 * An event's start in a notice's sentence (`{{start, eventTime}}`), told by the server as an instant
 * with `allDay` and `timeZone` beside it in the same params: a timed event's date and time in the
 * reader's zone, as the calendar shows it; an all-day event's date in its own zone, since its day
 * is the same for everyone.
 */
export function formatEventTime(
  iso: string,
  locale: string,
  params: { allDay?: unknown; timeZone?: unknown; readerZone?: string },
): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  if (params.allDay === 'true' && typeof params.timeZone === 'string') {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: params.timeZone }).format(at);
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: params.readerZone,
  }).format(at);
}

/** Lets the catalogues write `{{start, eventTime}}`. */
export function addEventTimeFormat(instance: I18n, readerZone?: string) {
  instance.services.formatter?.add('eventTime', (value: unknown, lng: string | undefined, options: object) =>
    formatEventTime(String(value), lng ?? 'en', { ...(options as Record<string, unknown>), readerZone }),
  );
}
