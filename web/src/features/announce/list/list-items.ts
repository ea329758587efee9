import dayjs from 'dayjs';
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

/**
 * The range as the list API's times: from the start of its first local day up to (not including)
 * the start of the day after its last, with the reader's offset, so the server filters by the
 * reader's calendar.
 */
export function rangeTimes(range: DayRange | undefined): { from?: string; to?: string } {
  if (!range) return {};
  return {
    from: dayjs(range.from).startOf('day').format(),
    to: dayjs(range.to).add(1, 'day').startOf('day').format(),
  };
}
