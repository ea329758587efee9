import type { AnnouncementList, AnnouncementSummary } from '../api/types';

/**
 * The rows of the pages fetched so far, each once: a page boundary can move between two fetches
 * (something was pinned or opened meanwhile), and a row must not show twice.
 */
export function listItems(pages: AnnouncementList[] | undefined): AnnouncementSummary[] {
  const seen = new Set<string>();
  return (pages ?? []).flatMap((page) =>
    page.items.filter((item) => {
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      return true;
    }),
  );
}

/** Delivered to me and not opened yet; one I only wrote or review has no receipt and is never unread. */
export const isUnread = (item: AnnouncementSummary) => !!item.read && !item.read.openedAt;

export const isPinned = (item: AnnouncementSummary, now: number) =>
  item.pinnedUntil !== undefined && item.pinnedUntil !== null && Date.parse(item.pinnedUntil) > now;

/** A day range picked in the filter, both ends included, as local calendar days `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

const localDay = (iso: string) => {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** Whether it was published (or is scheduled) within the range, on the reader's calendar; a draft has no such day. */
export function publishedWithin(item: AnnouncementSummary, range: DayRange | undefined): boolean {
  if (!range) return true;
  const when = item.publishedAt ?? item.publishAt;
  if (!when) return false;
  const day = localDay(when);
  return day >= range.from && day <= range.to;
}
