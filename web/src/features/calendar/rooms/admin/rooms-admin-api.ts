import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../../shared/api/client';
import type { components } from '../../../../shared/api/schema';

export type Room = components['schemas']['Room'];
export type WriteRoom = components['schemas']['WriteRoom'];

/** Every room, archived ones too: the administrators' list. */
const adminRoomsQuery = queryOptions({
  queryKey: ['rooms', 'admin'],
  queryFn: () => body(api.GET('/api/v1/rooms', { params: { query: { archived: true } } })),
});

export function useAdminRooms() {
  return useQuery(adminRoomsQuery);
}

/** Any change to a room changes what every room search answers. */
function useInvalidateRooms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['rooms'] });
}

export function useSaveRoom() {
  const invalidate = useInvalidateRooms();
  return useMutation({
    mutationFn: ({ id, ...room }: WriteRoom & { id?: string }) =>
      id
        ? body(api.PATCH('/api/v1/rooms/{id}', { params: { path: { id } }, body: room }))
        : body(api.POST('/api/v1/rooms', { body: room })),
    onSuccess: invalidate,
  });
}

export function useArchiveRoom() {
  const invalidate = useInvalidateRooms();
  return useMutation({
    mutationFn: async ({ id, archived }: { id: string; archived: boolean }) => {
      if (archived) {
        await api.DELETE('/api/v1/rooms/{id}', { params: { path: { id } } });
      } else {
        await api.PATCH('/api/v1/rooms/{id}', { params: { path: { id } }, body: { archived: false } });
      }
    },
    onSuccess: invalidate,
  });
}
