import { useUpdateEvent, writeOf } from '../api/calendar-api';
import type { EventDetail } from '../api/types';

/**
 * Moves the event to a proposed time, all else kept: the occurrence the proposal was about when
 * the event repeats (as Outlook applies a proposal), the event itself otherwise.
 */
export function useMoveEvent(event: EventDetail) {
  const update = useUpdateEvent();
  const move = (time: { start: string; end: string }, options?: Parameters<typeof update.mutate>[1]) =>
    update.mutate(
      {
        id: event.id,
        scope: event.recurring ? 'THIS' : 'ALL',
        occurrence: event.occurrence,
        event: { ...writeOf(event), start: time.start, end: time.end },
      },
      options,
    );
  return { move, isPending: update.isPending, movingTo: update.isPending ? update.variables?.event.start : undefined };
}
