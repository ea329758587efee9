import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { announceKeys, markOpened, recordOpen } from '../api/reading';
import type { Announcement } from '../api/types';
import { currentDevice } from './device';

/**
 * Tells the server that I opened it, and from which device, the first time I do. Only a recipient
 * of a published one has a receipt (`read`) to fill.
 */
export function useRecordOpen(announcement: Announcement | undefined) {
  const queryClient = useQueryClient();
  const recorded = useRef<string | null>(null);
  const id = announcement?.id;
  // the server keeps the first open only: once opened, there is nothing more to tell
  const due = announcement?.state === 'PUBLISHED' && !!announcement.read && !announcement.read.openedAt;
  useEffect(() => {
    if (!id || !due || recorded.current === id) return;
    recorded.current = id;
    recordOpen(id, currentDevice()).then(
      (opened) => {
        queryClient.setQueryData(announceKeys.one(id), opened);
        markOpened(queryClient, id, opened.read?.openedAt ?? new Date().toISOString());
        // a list answer still on its way may predate the open: it is asked again once it lands
        if (queryClient.isFetching({ queryKey: announceKeys.lists }) > 0) {
          void queryClient.invalidateQueries({ queryKey: announceKeys.lists });
        }
      },
      // a failed receipt is tried again on the next visit; the reader keeps reading meanwhile
      () => {
        recorded.current = null;
      },
    );
  }, [id, due, queryClient]);
}
