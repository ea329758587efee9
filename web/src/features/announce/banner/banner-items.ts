import type { AnnouncementSummary, Importance } from '../api/types';

const RANK: Record<Importance, number> = { URGENT: 0, IMPORTANT: 1, NORMAL: 2 };

/**
 * What the banner asks me to read, most pressing first (urgent, then important, then the oldest
 * waiting, so nothing sinks below newer ones), without the one I am reading now.
 */
export function bannerItems(items: AnnouncementSummary[], readingId: string | undefined): AnnouncementSummary[] {
  return items
    .filter((item) => item.id !== readingId)
    .sort(
      (a, b) => RANK[a.importance] - RANK[b.importance] || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''),
    );
}
