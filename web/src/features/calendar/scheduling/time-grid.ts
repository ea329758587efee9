/** The hours the scheduling grid shows: a working day with an hour either side. */
export const GRID_FIRST_HOUR = 7;
export const GRID_LAST_HOUR = 21;
const MINUTE = 60_000;

export interface Span {
  start: string;
  end: string;
}

/** The grid's bounds for a day (local midnight of that day, as `Date`), in epoch milliseconds. */
export function gridBounds(day: Date): { from: number; to: number } {
  const at = (hour: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour).getTime();
  return { from: at(GRID_FIRST_HOUR), to: at(GRID_LAST_HOUR) };
}

/**
 * Where a span sits on the grid, as percentages of its width; null when it lies outside the shown
 * hours. A span reaching past either edge is cut at it.
 */
export function place(span: Span, from: number, to: number): { left: number; width: number } | null {
  const start = Math.max(Date.parse(span.start), from);
  const end = Math.min(Date.parse(span.end), to);
  if (end <= start) return null;
  const whole = to - from;
  return { left: ((start - from) / whole) * 100, width: ((end - start) / whole) * 100 };
}

/**
 * The start a click at `fraction` of the grid's width asks for: the half hour it falls in, moved
 * back so a meeting of `minutes` still ends by the grid's end.
 */
export function startAt(fraction: number, from: number, to: number, minutes: number): number {
  const step = 30 * MINUTE;
  const clicked = from + Math.min(Math.max(fraction, 0), 1) * (to - from);
  const latest = to - minutes * MINUTE;
  return Math.max(from, Math.min(Math.floor((clicked - from) / step) * step + from, latest));
}

/** True when the span overlaps any of the busy blocks. */
export function clashes(span: Span, busy: Span[]): boolean {
  const start = Date.parse(span.start);
  const end = Date.parse(span.end);
  return busy.some((block) => Date.parse(block.start) < end && Date.parse(block.end) > start);
}

/** A meeting's time as people read it: "Mon, Dec 7, 10:00 – 11:00" (the day once when it is one day). */
export function formatRange(start: string, end: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return format.formatRange(new Date(start), new Date(end));
}
