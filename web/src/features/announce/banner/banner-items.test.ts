import { describe, expect, it } from 'vitest';
import type { AnnouncementSummary } from '../api/types';
import { bannerItems } from './banner-items';

const item = (id: string, importance: AnnouncementSummary['importance'], publishedAt: string) =>
  ({ id, importance, publishedAt, title: id, mustRead: true, needsConfirmation: true }) as AnnouncementSummary;

describe('bannerItems', () => {
  it('puts urgent before important before normal, the longest waiting first within each', () => {
    const items = [
      item('normal-old', 'NORMAL', '2026-12-01T08:00:00Z'),
      item('important-new', 'IMPORTANT', '2026-12-06T08:00:00Z'),
      item('urgent', 'URGENT', '2026-12-05T08:00:00Z'),
      item('important-old', 'IMPORTANT', '2026-12-02T08:00:00Z'),
    ];
    expect(bannerItems(items, undefined).map((one) => one.id)).toEqual([
      'urgent',
      'important-old',
      'important-new',
      'normal-old',
    ]);
  });

  it('leaves out the one being read', () => {
    const items = [item('a', 'NORMAL', '2026-12-01T08:00:00Z'), item('b', 'NORMAL', '2026-12-02T08:00:00Z')];
    expect(bannerItems(items, 'a').map((one) => one.id)).toEqual(['b']);
  });
});
