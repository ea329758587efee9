import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { type History, type Message, messagesKey, storeMessage } from './messages';
import { storeReply } from './outbox';
import { type ThreadView, threadKey } from './threads';

export type SavedItem = components['schemas']['SavedItem'];
export type MessageVersion = components['schemas']['MessageVersion'];

/** Puts a message the server just answered with wherever it is shown: the main history, its thread. */
export function storeEverywhere(queryClient: QueryClient, message: Message) {
  if (!message.threadRootId || message.alsoInChannel) {
    queryClient.setQueryData<History>(messagesKey(message.channelId), (history) => storeMessage(history, message));
  }
  const rootId = message.threadRootId ?? message.id;
  queryClient.setQueryData<ThreadView>(threadKey(rootId), (view) =>
    !view
      ? view
      : view.root.id === message.id
        ? { ...view, root: message }
        : { ...view, replies: storeReply(view.replies, message) },
  );
}

/** Adds or removes my reaction; both are idempotent on the server, so a retry is harmless. */
export function useToggleReaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ message, emoji, add }: { message: Message; emoji: string; add: boolean }) => {
      const params = { params: { path: { id: message.id, emoji } } };
      return body(
        add
          ? api.PUT('/api/v1/messages/{id}/reactions/{emoji}', params)
          : api.DELETE('/api/v1/messages/{id}/reactions/{emoji}', params),
      );
    },
    onSuccess: (message) => storeEverywhere(queryClient, message),
  });
}

export const pinsKey = (channelId: string) => ['chat', 'pins', channelId] as const;

export const pinsQuery = (channelId: string) =>
  queryOptions({
    queryKey: pinsKey(channelId),
    queryFn: () => body(api.GET('/api/v1/channels/{id}/pins', { params: { path: { id: channelId } } })),
  });

export function useTogglePin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: Message) => {
      const params = { params: { path: { id: message.id } } };
      return body(
        message.pin ? api.DELETE('/api/v1/messages/{id}/pin', params) : api.PUT('/api/v1/messages/{id}/pin', params),
      );
    },
    onSuccess: (message) => {
      storeEverywhere(queryClient, message);
      void queryClient.invalidateQueries({ queryKey: pinsKey(message.channelId) });
    },
  });
}

export const savedKey = ['chat', 'saved'] as const;

/** My saved messages: private, so not on any channel's stream; refetched after each change. */
export const savedQuery = queryOptions({
  queryKey: savedKey,
  queryFn: () => body(api.GET('/api/v1/saved')),
});

export function useSavedIds(): Set<string> {
  const saved = useQuery(savedQuery);
  return new Set((saved.data ?? []).map((item) => item.message.id));
}

export function useToggleSaved() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ message, save }: { message: Message; save: boolean }) => {
      const params = { params: { path: { id: message.id } } };
      // failures are thrown as ApiProblem by the client's middleware
      await (save ? api.PUT('/api/v1/messages/{id}/saved', params) : api.DELETE('/api/v1/messages/{id}/saved', params));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedKey }),
  });
}

export const versionsQuery = (messageId: string) =>
  queryOptions({
    queryKey: ['chat', 'versions', messageId],
    queryFn: () => body(api.GET('/api/v1/messages/{id}/versions', { params: { path: { id: messageId } } })),
  });

export function useForward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ message, channelId }: { message: Message; channelId: string }) =>
      body(
        api.POST('/api/v1/messages/{id}/forward', {
          params: { path: { id: message.id } },
          body: { channelId, clientMessageId: crypto.randomUUID() },
        }),
      ),
    onSuccess: (message) => storeEverywhere(queryClient, message),
  });
}
