import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { registerStreamHandler } from '../../../shared/realtime/socket';
import { statsKey } from '../api/statistics';

/** The stream kind announceops declares on the server: one stream per announcement, heard by who may see its statistics. */
const STREAM = 'announce.receipts';

/**
 * Keeps the statistics of one announcement current while they are shown: every `ReceiptsCounted`
 * (at most about one a second, coalesced by the server) or reset refetches them. The counts by
 * department and the lists of people are not in the event, so a refetch is the one way to stay equal
 * to the server; no cursor is kept because nothing is applied incrementally.
 */
export function useLiveReceipts(announcementId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refetch = (resourceId: string) => {
      if (resourceId === announcementId) void queryClient.invalidateQueries({ queryKey: statsKey(announcementId) });
    };
    return registerStreamHandler({
      stream: STREAM,
      cursors: async () => ({}),
      onEvent: (frame) => refetch(frame.resourceId),
      onReset: (resourceId) => refetch(resourceId),
    });
  }, [announcementId, queryClient]);
}
