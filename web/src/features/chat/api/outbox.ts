import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, body } from '../../../shared/api/client';
import { ApiProblem, NETWORK_ERROR, problemFromBody } from '../../../shared/api/problem';
import type { StoredFile } from '../../../shared/files/upload-file';
import { applyLive } from '../../../shared/realtime/apply-live';
import { request } from '../../../shared/realtime/socket';
import { type History, type Message, messagesKey, storeMessage } from './messages';
import { type ThreadView, threadKey } from './threads';

/** A reply put in its place in a thread: replaced by id, or inserted in seq order. */
export function storeReply(replies: Message[], reply: Message): Message[] {
  return replies.some((candidate) => candidate.id === reply.id)
    ? replies.map((candidate) => (candidate.id === reply.id ? reply : candidate))
    : [...replies, reply].sort((a, b) => a.seq - b.seq);
}

/**
 * A message this tab is sending. It is not server state yet, so it lives here and not in the query
 * cache (a refetch must not drop it); it leaves the outbox once the server has stored it.
 */
export interface Outgoing {
  clientMessageId: string;
  channelId: string;
  body: string;
  /** Uploaded files this message carries. */
  attachments: StoredFile[];
  /** A reply in this thread; with `alsoSendToChannel` shown in the channel too. */
  threadRootId?: string;
  alsoSendToChannel?: boolean;
  quotedMessageId?: string;
  status: 'sending' | 'failed';
  problem?: ApiProblem;
}

/** Waits between tries of one message; a retry reuses its clientMessageId, so the server stores it once. */
const BACKOFF_MS = [1000, 2000, 4000, 8000];

let outbox: Outgoing[] = [];
const listeners = new Set<() => void>();

function update(next: Outgoing[]) {
  outbox = next;
  listeners.forEach((listener) => listener());
}

function patch(clientMessageId: string, change: Partial<Outgoing> | null) {
  update(
    change === null
      ? outbox.filter((item) => item.clientMessageId !== clientMessageId)
      : outbox.map((item) => (item.clientMessageId === clientMessageId ? { ...item, ...change } : item)),
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOutbox(channelId: string): Outgoing[] {
  const all = useSyncExternalStore(subscribe, () => outbox);
  return all.filter((item) => item.channelId === channelId);
}

function retriable(error: unknown): boolean {
  return !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One try: over the open socket when it is connected (a `post` frame, answered by an `ack`), else
 * `POST /channels/{id}/messages`. Both answer 201 for a new message and 200 for a retry the server
 * had already stored, with the stored message; a lost socket is a network failure, retried.
 */
async function post(item: Outgoing): Promise<Message> {
  const message = {
    clientMessageId: item.clientMessageId,
    body: item.body,
    attachmentIds: item.attachments.map((file) => file.id),
    threadRootId: item.threadRootId,
    alsoSendToChannel: item.alsoSendToChannel,
    quotedMessageId: item.quotedMessageId,
  };
  const ack = request({ type: 'post', channelId: item.channelId, message });
  if (!ack) {
    return body(
      api.POST('/api/v1/channels/{id}/messages', { params: { path: { id: item.channelId } }, body: message }),
    );
  }
  const answer = await ack.catch(() => {
    throw new ApiProblem({ status: 0, code: NETWORK_ERROR });
  });
  if (answer.status >= 300) throw problemFromBody(answer.status, answer.body);
  return answer.body as Message;
}

async function deliver(queryClient: QueryClient, item: Outgoing): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const message = await post(item);
      if (!message.threadRootId || message.alsoInChannel) {
        applyLive<History>(queryClient, messagesKey(item.channelId), (history) => storeMessage(history, message));
      }
      if (message.threadRootId) {
        applyLive<ThreadView>(
          queryClient,
          threadKey(message.threadRootId),
          (view) => view && { ...view, replies: storeReply(view.replies, message) },
        );
      }
      patch(item.clientMessageId, null);
      return;
    } catch (error) {
      if (!retriable(error) || attempt >= BACKOFF_MS.length) {
        patch(item.clientMessageId, { status: 'failed', problem: error instanceof ApiProblem ? error : undefined });
        return;
      }
      await wait(BACKOFF_MS[attempt]);
    }
  }
}

export type SendOptions = Pick<Outgoing, 'threadRootId' | 'alsoSendToChannel' | 'quotedMessageId'>;

export function sendMessage(
  queryClient: QueryClient,
  channelId: string,
  text: string,
  attachments: StoredFile[] = [],
  options: SendOptions = {},
): void {
  const item: Outgoing = {
    clientMessageId: crypto.randomUUID(),
    channelId,
    body: text,
    attachments,
    status: 'sending',
    ...options,
  };
  update([...outbox, item]);
  void deliver(queryClient, item);
}

export function retryMessage(queryClient: QueryClient, clientMessageId: string): void {
  const item = outbox.find((candidate) => candidate.clientMessageId === clientMessageId);
  if (!item || item.status === 'sending') return;
  patch(clientMessageId, { status: 'sending', problem: undefined });
  void deliver(queryClient, { ...item, status: 'sending' });
}

export function discardMessage(clientMessageId: string): void {
  patch(clientMessageId, null);
}

/** A UTF-8 body may be at most 16 KB (`chat.message-too-long`). */
export const MAX_BODY_BYTES = 16_384;

export function bodyBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
