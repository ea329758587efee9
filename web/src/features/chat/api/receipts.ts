import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import type { Channel } from './channels';
import type { Message } from './messages';

export type ReadCursor = components['schemas']['ReadCursor'];

export const readCursorsKey = (channelId: string) => ['chat', 'read-cursors', channelId] as const;

/** Conversations that keep per-message receipts, as the server decides (`Messages.keepsReceipts`). */
export function keepsReceipts(channel: Pick<Channel, 'kind'>): boolean {
  return (channel.kind as string) === 'DIRECT' || (channel.kind as string) === 'GROUP';
}

export const readCursorsQuery = (channelId: string) =>
  queryOptions({
    queryKey: readCursorsKey(channelId),
    queryFn: () => body(api.GET('/api/v1/channels/{id}/read-cursors', { params: { path: { id: channelId } } })),
    // Kept current by read.moved entries on the conversation's stream.
    staleTime: Infinity,
  });

/** Members' read cursors of a direct or group conversation; nothing for a channel. */
export function useReadCursors(channel: Channel) {
  return useQuery({ ...readCursorsQuery(channel.id), enabled: keepsReceipts(channel) });
}

export interface Receipt {
  readBy: string[];
  unreadBy: string[];
}

/** Who has read a message (a read cursor at or past its seq) and who has not; its author is neither. */
export function receiptOf(cursors: ReadCursor[], message: Pick<Message, 'seq' | 'authorId'>): Receipt {
  const others = cursors.filter((cursor) => cursor.personId !== message.authorId);
  return {
    readBy: others.filter((cursor) => cursor.readSeq >= message.seq).map((cursor) => cursor.personId),
    unreadBy: others.filter((cursor) => cursor.readSeq < message.seq).map((cursor) => cursor.personId),
  };
}
