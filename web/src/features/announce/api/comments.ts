import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { announceKeys } from './reading';
import type { Announcement } from './types';

const commentsKey = (id: string) => [...announceKeys.all, 'comments', id] as const;

/** The comments on an announcement, oldest first. */
export function useComments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: commentsKey(id),
    queryFn: () => body(api.GET('/api/v1/announcements/{id}/comments', { params: { path: { id } } })),
    enabled,
  });
}

export function useWriteComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      body(api.POST('/api/v1/announcements/{id}/comments', { params: { path: { id } }, body: { text } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentsKey(id) }),
  });
}

/** Adds my reaction or takes it back. */
export function useReact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ emoji, on }: { emoji: string; on: boolean }) => {
      const path = { params: { path: { id, emoji } } };
      return body(
        on
          ? api.PUT('/api/v1/announcements/{id}/reactions/{emoji}', path)
          : api.DELETE('/api/v1/announcements/{id}/reactions/{emoji}', path),
      );
    },
    // the answer is everyone's reactions now: put them in place at once
    onSuccess: (reactions) =>
      queryClient.setQueryData<Announcement>(announceKeys.one(id), (announcement) =>
        announcement ? { ...announcement, reactions } : announcement,
      ),
  });
}
