import type { Message } from '../api/messages';

/**
 * The permalink of a message: `/messages/<channelId>/<seq>`. Other features (link unfurling) rely on
 * exactly this shape; a seq is stable for a message's whole life.
 */
export function permalinkPath(channelId: string, seq: number): string {
  return `/messages/${channelId}/${seq}`;
}

export function permalinkUrl(origin: string, channelId: string, seq: number): string {
  return origin + permalinkPath(channelId, seq);
}

/** The seq from a route parameter, when it is a positive whole number. */
export function parseSeq(param: string | undefined): number | undefined {
  if (!param || !/^[1-9]\d{0,15}$/.test(param)) return undefined;
  return Number(param);
}

/**
 * The first unread message: someone else's, not deleted, after my read cursor as it was when I
 * opened the conversation (reading it moves the cursor; the bar still points where I left off).
 */
export function firstUnreadSeq(messages: Message[], readSeq: number, myId: string): number | undefined {
  return messages.find((message) => message.seq > readSeq && message.authorId !== myId && !message.deletedAt)?.seq;
}
