import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';

export interface Window {
  people: string[];
  rooms: string[];
  from: string;
  to: string;
}

/** When each person and room is busy in the window; private events come as plain busy blocks. */
export function useFreeBusy(window: Window) {
  return useQuery({
    queryKey: ['calendar', 'free-busy', window],
    queryFn: () =>
      body(
        api.GET('/api/v1/calendar/free-busy', {
          params: {
            query: {
              people: window.people,
              rooms: window.rooms.length ? window.rooms : undefined,
              from: window.from,
              to: window.to,
            },
          },
        }),
      ),
    enabled: window.people.length + window.rooms.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Times in the window when everyone and every room is free, inside working hours (Feishu's 09:00–18:00). */
export function useFindTime(window: Window & { minutes: number; zone: string }) {
  return useQuery({
    queryKey: ['calendar', 'find-time', window],
    queryFn: () =>
      body(
        api.GET('/api/v1/calendar/find-time', {
          params: {
            query: {
              people: window.people,
              rooms: window.rooms.length ? window.rooms : undefined,
              duration: `PT${window.minutes}M`,
              from: window.from,
              to: window.to,
              zone: window.zone,
              dayStart: '09:00',
              dayEnd: '18:00',
            },
          },
        }),
      ).then((answer) => answer.slots),
    enabled: window.people.length + window.rooms.length > 0 && window.minutes > 0,
    placeholderData: keepPreviousData,
  });
}
