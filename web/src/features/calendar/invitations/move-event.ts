import { useUpdateEvent, writeOf } from '../api/calendar-api';
import type { EventDetail } from '../api/types';

/**
 * Moves the event to a proposed time, all else kept: the occurrence the proposal was about when it
 * names one (as Outlook applies a proposal), the event (the whole series) otherwise.
 */
export function useMoveEvent(event: EventDetail) {
  const update = useUpdateEvent();
  const move = (
    time: { start: string; end: string; occurrence?: string | null },
    options?: Parameters<typeof update.mutate>[1],
  ) =>
    update.mutate(
      {
        id: event.id,
        scope: event.recurring && time.occurrence ? 'THIS' : 'ALL',
        occurrence: event.recurring ? time.occurrence : undefined,
        event: { ...writeOf(event), start: time.start, end: time.end },
      },
      options,
    );
  return { move, isPending: update.isPending, movingTo: update.isPending ? update.variables?.event.start : undefined };
}
