import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { CommentAnchor } from './types';

export const commentsKey = (pageId: string) => ['doc', 'comments', pageId] as const;
/** Commenting makes one a watcher (unless one chose not to watch), so it refetches this too. */
const watchKey = (pageId: string) => ['doc', 'watch', pageId] as const;

/** The page's threads, oldest first; others' changes arrive as a notice on the page socket, which refetches this. */
export function useDiscussion(pageId: string) {
  return useQuery({
    queryKey: commentsKey(pageId),
    queryFn: () => body(api.GET('/api/v1/pages/{id}/comments', { params: { path: { id: pageId } } })),
  });
}

type CommentAction =
  | { kind: 'start'; body: string; anchor?: CommentAnchor }
  | { kind: 'reply'; threadId: string; body: string }
  | { kind: 'resolve' | 'reopen'; threadId: string }
  | { kind: 'edit'; commentId: string; body: string }
  | { kind: 'delete'; commentId: string };

/** Every change to a page's discussion, each refetching it (so the list matches what others see). */
export function useCommentAction(pageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: CommentAction) => {
      const thread = (threadId: string) => ({ params: { path: { id: threadId } } });
      switch (action.kind) {
        case 'start':
          return body(
            api.POST('/api/v1/pages/{id}/comments', {
              params: { path: { id: pageId } },
              body: { body: action.body, anchor: action.anchor },
            }),
          );
        case 'reply':
          return body(
            api.POST('/api/v1/page-threads/{id}/replies', { ...thread(action.threadId), body: { body: action.body } }),
          );
        case 'resolve':
          return body(api.POST('/api/v1/page-threads/{id}/resolve', thread(action.threadId)));
        case 'reopen':
          return body(api.POST('/api/v1/page-threads/{id}/reopen', thread(action.threadId)));
        case 'edit':
          return body(
            api.PATCH('/api/v1/page-comments/{id}', {
              params: { path: { id: action.commentId } },
              body: { body: action.body },
            }),
          );
        case 'delete':
          await body(api.DELETE('/api/v1/page-comments/{id}', { params: { path: { id: action.commentId } } }));
          return null;
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: watchKey(pageId) });
      return queryClient.invalidateQueries({ queryKey: commentsKey(pageId) });
    },
  });
}

export function useWatch(pageId: string) {
  return useQuery({
    queryKey: watchKey(pageId),
    queryFn: () => body(api.GET('/api/v1/pages/{id}/watch', { params: { path: { id: pageId } } })),
  });
}

export function useSetWatch(pageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watching: boolean) => {
      const page = { params: { path: { id: pageId } } };
      return body(watching ? api.PUT('/api/v1/pages/{id}/watch', page) : api.DELETE('/api/v1/pages/{id}/watch', page));
    },
    onSuccess: (watch) => queryClient.setQueryData(watchKey(pageId), watch),
  });
}

/** Tells the people I just mentioned in the page's text; the answer names those who cannot read it. */
export function mentionInPage(pageId: string, personIds: string[]) {
  return body(api.POST('/api/v1/pages/{id}/mentions', { params: { path: { id: pageId } }, body: { personIds } }));
}
