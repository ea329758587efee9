import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { readScheduleRequest } from '../../../shared/links/schedule-meeting';
import { type ScheduleDraft, useScheduleDraft } from './use-schedule-draft';

/**
 * Answers a "Schedule a meeting" address (from a conversation or a profile card): once its draft is
 * ready, `open` gets it and the request leaves the address, so a reload or Back does not ask again.
 * `ready` says the page can open an editor (it knows which calendar to write to).
 */
export function useScheduleRequest(ready: boolean, open: (draft: ScheduleDraft) => void) {
  const [params, setParams] = useSearchParams();
  const draft = useScheduleDraft(readScheduleRequest(params));
  useEffect(() => {
    if (!draft || !ready) return;
    open(draft);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        ['schedule', 'people', 'channel'].forEach((key) => next.delete(key));
        return next;
      },
      { replace: true },
    );
  }, [draft, ready, open, setParams]);
}
