import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { calendarKeys } from '../api/calendar-api';
import type { Response } from '../api/types';

/** The answers an invitee may give (not answering is the absence of one). */
export type Answered = Exclude<Response, 'NEEDS_ACTION'>;

export const invitationsKey = ['calendar', 'invitations'] as const;

/** The invitations I have not answered yet, soonest first. */
export function useInvitations() {
  return useQuery({
    queryKey: invitationsKey,
    queryFn: () => body(api.GET('/api/v1/calendar/invitations')),
  });
}

export interface Answer {
  response: Answered;
  note?: string;
  /** The occurrence answered for; none answers the whole series. */
  occurrence?: string;
}

export function useAnswer(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: Answer) =>
      body(api.POST('/api/v1/events/{id}/answer', { params: { path: { id: eventId } }, body: answer })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export interface Proposal {
  start: string;
  end: string;
  note?: string;
}

export function useProposeTime(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proposal: Proposal) =>
      body(api.POST('/api/v1/events/{id}/proposals', { params: { path: { id: eventId } }, body: proposal })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
