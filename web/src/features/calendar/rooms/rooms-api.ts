import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Room = components['schemas']['Room'];

export interface RoomSearch {
  from: string;
  to: string;
  capacity?: number;
  building?: string;
  equipment?: string[];
}

/** The rooms for a time, each saying whether it is free then; filters narrow them on the server. */
export function useRoomSearch(search: RoomSearch, enabled = true) {
  return useQuery({
    queryKey: ['calendar', 'rooms', search],
    queryFn: () =>
      body(
        api.GET('/api/v1/rooms', {
          params: {
            query: {
              from: search.from,
              to: search.to,
              capacity: search.capacity,
              building: search.building,
              equipment: search.equipment?.length ? search.equipment : undefined,
            },
          },
        }),
      ).then((answer) => answer.rooms),
    enabled: enabled && search.from < search.to,
    // the list stays while a changed filter is asked, rather than flashing empty
    placeholderData: keepPreviousData,
  });
}
