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
