/**
 * Where timed occurrences sit in a day's column, as Outlook lays them out: occurrences that overlap,
 * directly or through others, form a cluster that shares the column's width; each takes the first
 * lane free at its start, and all of a cluster's lanes are equally wide.
 */
export interface Span {
  id: string;
  /** Minutes from the day's midnight; an occurrence from the day before starts at 0. */
  start: number;
  /** Minutes from the day's midnight, at most 24 × 60. */
  end: number;
}

export interface Placed<T extends Span> {
  item: T;
  lane: number;
  lanes: number;
}

/** The shortest height an occurrence takes, so a five-minute one still shows its title. */
export const MIN_MINUTES = 20;

export function layoutDay<T extends Span>(items: T[]): Placed<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => cluster.forEach((entry) => (entry.lanes = laneEnds.length));
  for (const item of sorted) {
    const end = Math.max(item.end, item.start + MIN_MINUTES);
    if (item.start >= clusterEnd) {
      close();
      cluster = [];
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= item.start);
    if (lane < 0) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    const entry = { item, lane, lanes: 1 };
    cluster.push(entry);
    placed.push(entry);
    clusterEnd = Math.max(clusterEnd, end);
  }
  close();
  return placed;
}

const DAY_MINUTES = 24 * 60;

/**
 * The part of [start, end) that falls on the day starting at `dayStart`, in minutes from its
 * midnight, or undefined when none does. Minutes are counted on the wall clock, so a day of a
 * daylight-saving change still has its hours where the grid draws them.
 */
export function minutesOnDay(start: Date, end: Date, dayStart: Date): { start: number; end: number } | undefined {
  const dayEnd = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate() + 1);
  if (end <= dayStart || start >= dayEnd) return undefined;
  const wall = (date: Date) =>
    date <= dayStart ? 0 : date >= dayEnd ? DAY_MINUTES : date.getHours() * 60 + date.getMinutes();
  return { start: wall(start), end: wall(end) };
}

/** Snaps minutes to the grid's step (15 minutes), rounding down. */
export const snap = (minutes: number, stepMinutes = 15) =>
  Math.max(0, Math.min(DAY_MINUTES, Math.floor(minutes / stepMinutes) * stepMinutes));
