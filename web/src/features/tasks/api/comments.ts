import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { taskKeys } from './tasks';

export type TaskComment = components['schemas']['TaskComment'];

/** The comments on a task, oldest first. */
export function useTaskComments(taskId: string) {
  return useQuery({
    queryKey: taskKeys.comments(taskId),
    queryFn: () => body(api.GET('/api/v1/tasks/{id}/comments', { params: { path: { id: taskId } } })),
  });
}

/** Writing, changing or deleting a comment refetches them and the task (its comment count). */
function useCommentMutation<V>(taskId: string, call: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.comments(taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.one(taskId) });
    },
  });
}

export const useWriteComment = (taskId: string) =>
  useCommentMutation(taskId, (text: string) =>
    body(api.POST('/api/v1/tasks/{id}/comments', { params: { path: { id: taskId } }, body: { body: text } })),
  );

export const useEditComment = (taskId: string) =>
  useCommentMutation(taskId, ({ id, text }: { id: string; text: string }) =>
    body(api.PATCH('/api/v1/task-comments/{id}', { params: { path: { id } }, body: { body: text } })),
  );

export const useDeleteComment = (taskId: string) =>
  useCommentMutation(taskId, (id: string) => api.DELETE('/api/v1/task-comments/{id}', { params: { path: { id } } }));
