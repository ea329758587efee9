const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a date beyond a week. */
export function relativeTime(iso: string, locale: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 60) return format.format(0, 'second');
  if (seconds >= 7 * 24 * 60 * 60)
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
  let unit = UNITS[0];
  for (const candidate of UNITS) {
    if (seconds >= candidate[1]) unit = candidate;
  }
  return format.format(-Math.floor(seconds / unit[1]), unit[0]);
}
