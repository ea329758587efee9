import type { TFunction } from 'i18next';

/** Splits a wait into minutes and seconds, e.g. 150 → "2 min 30 s" / "2 分 30 秒". */
export function formatWait(seconds: number, t: TFunction): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) {
    return t('time.seconds', { count: rest });
  }
  if (rest === 0) {
    return t('time.minutes', { count: minutes });
  }
  return t('time.minutesSeconds', { minutes, seconds: rest });
}

export function formatDateTime(iso: string | undefined, locale: string): string {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A byte count for people: 512 B, 1.5 KB, 100 MB (powers of 1024, as file managers show). */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
