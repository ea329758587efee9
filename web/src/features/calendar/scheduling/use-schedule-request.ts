import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { readScheduleRequest } from '../../../shared/links/schedule-meeting';
import { type ScheduleDraft, useScheduleDraft } from './use-schedule-draft';

/**
 * Answers a "Schedule a meeting" address (from a conversation or a profile card): once its draft is
 * ready, `open` gets it and the request leaves the address, so a reload or Back does not ask again.
 * `ready` says the page can open an editor (it knows which calendar to write to). A request opens
 * the editor once while the page is shown, even if the address briefly still holds it (a view or
 * date change written over the same address), so a saved meeting's editor does not come back.
 */
export function useScheduleRequest(ready: boolean, open: (draft: ScheduleDraft) => void) {
  const [params, setParams] = useSearchParams();
  const request = readScheduleRequest(params);
  const draft = useScheduleDraft(request);
  const key = request ? `${request.people.join(',')}|${request.channelId ?? ''}` : null;
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!draft || !ready || key === null || handled.current === key) return;
    handled.current = key;
    open(draft);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        ['schedule', 'people', 'channel'].forEach((name) => next.delete(name));
        return next;
      },
      { replace: true },
    );
  }, [draft, ready, key, open, setParams]);
}
