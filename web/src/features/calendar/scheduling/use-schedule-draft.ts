import { useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { ScheduleRequest } from '../../../shared/links/schedule-meeting';

/** The most members of a conversation invited at once; a larger one is better invited by department or group. */
export const MEMBERS_INVITED = 100;

export interface ScheduleDraft {
  /** Everyone to invite: the people asked for and the conversation's members, each once. */
  people: string[];
  /** Set when it came from a conversation: the server posts the event's link there. */
  source?: { channelId: string };
  /** True when the conversation has more members than were invited. */
  capped: boolean;
}

/**
 * What a "Schedule a meeting" address asks the editor to start with. A conversation's members are
 * read here (the first {@link MEMBERS_INVITED}); until they arrive, `draft` is undefined.
 */
export function useScheduleDraft(request: ScheduleRequest | null): ScheduleDraft | undefined {
  const channelId = request?.channelId;
  const members = useQuery({
    queryKey: ['calendar', 'schedule-members', channelId],
    queryFn: () =>
      body(
        api.GET('/api/v1/channels/{id}/members', {
          params: { path: { id: channelId ?? '' }, query: { page: 0, size: MEMBERS_INVITED } },
        }),
      ),
    enabled: !!channelId,
    staleTime: 60_000,
  });
  if (!request) return undefined;
  if (!channelId) return { people: request.people, capped: false };
  if (!members.data) return members.isError ? { people: request.people, capped: false } : undefined;
  const memberIds = (members.data.items ?? []).map((member) => member.personId);
  return {
    people: [...new Set([...request.people, ...memberIds])],
    source: { channelId },
    capped: (members.data.total ?? 0) > memberIds.length,
  };
}
