import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Message = components['schemas']['Message'];

/**
 * The loaded stretch of a conversation, oldest first: `hasOlder` until a page came back short;
 * `hasNewer` when it was loaded around an older position (a permalink, the first unread) and the
 * newest messages are not loaded yet, so live ones wait for their page.
 */
export interface History {
  messages: Message[];
  hasOlder: boolean;
  hasNewer?: boolean;
}

export const PAGE_SIZE = 50;

export const messagesKey = (channelId: string) => ['chat', 'messages', channelId] as const;

export const historyQuery = (channelId: string) =>
  queryOptions({
    queryKey: messagesKey(channelId),
    queryFn: async (): Promise<History> => {
      const messages = await body(
        api.GET('/api/v1/channels/{id}/messages', { params: { path: { id: channelId }, query: { limit: PAGE_SIZE } } }),
      );
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
  const newest = history.messages.at(-1);
  if (newest && message.seq > newest.seq && history.hasNewer) {
    return history; // Beyond the loaded stretch; it comes with the newer pages.
  }
  const messages = [...history.messages, message].sort((a, b) => a.seq - b.seq);
  return { ...history, messages };
}

export async function loadOlder(queryClient: QueryClient, channelId: string): Promise<void> {
  const history = queryClient.getQueryData<History>(messagesKey(channelId));
  const before = history?.messages[0]?.seq;
  if (!history?.hasOlder || before === undefined) return;
  const older = await body(
    api.GET('/api/v1/channels/{id}/messages', {
      params: { path: { id: channelId }, query: { before, limit: PAGE_SIZE } },
    }),
  );
  queryClient.setQueryData<History>(messagesKey(channelId), (current) => {
    if (!current) return current;
    const known = new Set(current.messages.map((message) => message.id));
    return {
      ...current,
      messages: [...older.filter((message) => !known.has(message.id)), ...current.messages],
      hasOlder: older.length === PAGE_SIZE,
    };
  });
}

export async function loadNewer(queryClient: QueryClient, channelId: string): Promise<void> {
  const history = queryClient.getQueryData<History>(messagesKey(channelId));
  const after = history?.messages.at(-1)?.seq;
  if (!history?.hasNewer || after === undefined) return;
  const newer = await body(
    api.GET('/api/v1/channels/{id}/messages', {
      params: { path: { id: channelId }, query: { after, limit: PAGE_SIZE } },
    }),
  );
  queryClient.setQueryData<History>(messagesKey(channelId), (current) => {
    if (!current) return current;
    const known = new Set(current.messages.map((message) => message.id));
    return {
      ...current,
      messages: [...current.messages, ...newer.filter((message) => !known.has(message.id))],
      hasNewer: newer.length === PAGE_SIZE,
    };
  });
}

/**
 * Makes sure the message at `seq` is loaded: if it is outside the loaded stretch, the conversation
 * is replaced by the page around it (which then pages both ways).
 */
export async function loadAround(queryClient: QueryClient, channelId: string, seq: number): Promise<void> {
  const history = queryClient.getQueryData<History>(messagesKey(channelId));
  if (history && covers(history, seq)) return;
  const page = await body(
    api.GET('/api/v1/channels/{id}/messages', {
      params: { path: { id: channelId }, query: { around: seq, limit: PAGE_SIZE } },
    }),
  );
  queryClient.setQueryData<History>(messagesKey(channelId), pageAround(page, seq, PAGE_SIZE));
}

/** Whether `seq` lies within the loaded stretch (it may be a gap: a non-message entry, or deleted for good). */
export function covers(history: History, seq: number): boolean {
  const oldest = history.messages[0]?.seq;
  const newest = history.messages.at(-1)?.seq;
  if (oldest === undefined || newest === undefined) return !history.hasOlder;
  return (seq >= oldest || !history.hasOlder) && (seq <= newest || !history.hasNewer);
}

/** The history an `around` page makes: the server fills half the page before `seq` and the rest from it on. */
export function pageAround(messages: Message[], seq: number, limit: number): History {
  const older = messages.filter((message) => message.seq < seq).length;
  // a full older half may have more before it; a full page may have more after it
  return { messages, hasOlder: older === Math.floor(limit / 2), hasNewer: messages.length === limit };
}

export function useEditMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) =>
      body(api.PATCH('/api/v1/messages/{id}', { params: { path: { id } }, body: { body: text } })),
    onSuccess: (message) =>
      queryClient.setQueryData<History>(messagesKey(message.channelId), (history) => storeMessage(history, message)),
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
