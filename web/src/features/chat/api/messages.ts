import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Message = components['schemas']['Message'];

/** The loaded tail of a conversation, oldest first; `hasOlder` until a page came back short. */
export interface History {
  messages: Message[];
  hasOlder: boolean;
}

export const PAGE_SIZE = 50;

export const messagesKey = (channelId: string) => ['chat', 'messages', channelId] as const;

export const historyQuery = (channelId: string) =>
  queryOptions({
    queryKey: messagesKey(channelId),
    queryFn: async (): Promise<History> => {
      const messages = await body(api.GET('/api/v1/channels/{id}/messages', { params: { path: { id: channelId }, query: { limit: PAGE_SIZE } } }));
      return { messages, hasOlder: messages.length === PAGE_SIZE };
    },
    // Kept current by the socket; a refetch would only race with it.
    staleTime: Infinity,
  });

/** Puts a message where it belongs: replaced by id, or inserted in seq order. */
export function storeMessage(history: History | undefined, message: Message): History | undefined {
  if (!history) return history;
  const index = history.messages.findIndex((candidate) => candidate.id === message.id);
  if (index >= 0) {
    const messages = [...history.messages];
    messages[index] = message;
    return { ...history, messages };
  }
  const oldest = history.messages[0];
  if (oldest && message.seq < oldest.seq && history.hasOlder) {
    return history; // Not loaded yet; it comes with its page.
  }
  const messages = [...history.messages, message].sort((a, b) => a.seq - b.seq);
  return { ...history, messages };
}

export async function loadOlder(queryClient: QueryClient, channelId: string): Promise<void> {
  const history = queryClient.getQueryData<History>(messagesKey(channelId));
  const before = history?.messages[0]?.seq;
  if (!history?.hasOlder || before === undefined) return;
  const older = await body(api.GET('/api/v1/channels/{id}/messages', { params: { path: { id: channelId }, query: { before, limit: PAGE_SIZE } } }));
  queryClient.setQueryData<History>(messagesKey(channelId), (current) => {
    if (!current) return current;
    const known = new Set(current.messages.map((message) => message.id));
    return { messages: [...older.filter((message) => !known.has(message.id)), ...current.messages], hasOlder: older.length === PAGE_SIZE };
  });
}

export function useEditMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => body(api.PATCH('/api/v1/messages/{id}', { params: { path: { id } }, body: { body: text } })),
    onSuccess: (message) => queryClient.setQueryData<History>(messagesKey(message.channelId), (history) => storeMessage(history, message)),
  });
}

export function useDeleteMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: Message) => {
      await api.DELETE('/api/v1/messages/{id}', { params: { path: { id: message.id } } });
      return message;
    },
    // The answer is empty; the socket brings the server's tombstone, this shows it at once.
    onSuccess: (message) =>
      queryClient.setQueryData<History>(messagesKey(message.channelId), (history) =>
        storeMessage(history, { ...message, body: '', deletedAt: message.deletedAt ?? new Date().toISOString() }),
      ),
  });
}
