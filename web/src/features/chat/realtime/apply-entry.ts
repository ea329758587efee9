import type { components } from '../../../shared/api/schema';
import type { Channel } from '../api/channels';
import type { History, Message } from '../api/messages';
import { storeMessage } from '../api/messages';
import type { ReadCursor } from '../api/receipts';
import type { ThreadView } from '../api/threads';

/** What a channel's stream carries, generated from the server's event records (`chat.ChatStreamEvent`). */
export type ChatStreamEvent = components['schemas']['ChatStreamEvent'];

/** One entry of a channel's stream (`resourceId` is the channel), from a live frame or `GET /channels/{id}/stream`. */
export interface Entry<E extends ChatStreamEvent = ChatStreamEvent> {
  resourceId: string;
  seq: number;
  event: E;
}

/** The events that carry the whole message as it now is. */
export type MessageEvent = Extract<ChatStreamEvent, { message: Message }>;

/** The channel's settings as a `channel.updated` event carries them. */
export type ChannelSettings = components['schemas']['ChannelSettings'];

export function isMessageEntry(entry: Entry): entry is Entry<MessageEvent> {
  return 'message' in entry.event;
}

/** Roots, and thread replies also sent to the channel: what the channel's main history shows. */
export function inMainHistory(message: Message): boolean {
  return !message.threadRootId || message.alsoInChannel;
}

export function mentionsMe(message: Message, myId: string): boolean {
  return message.mentions.all || message.mentions.people.includes(myId);
}

/** A root counts a new reply as the server does: one more, the latest now, its author among the participants. */
export function countReply(root: Message, reply: Message): Message {
  const thread = root.thread;
  const later = !thread || Date.parse(reply.createdAt) >= Date.parse(thread.lastReplyAt);
  return {
    ...root,
    thread: {
      replyCount: (thread?.replyCount ?? 0) + 1,
      lastReplyAt: later ? reply.createdAt : thread.lastReplyAt,
      participants: thread?.participants.includes(reply.authorId)
        ? thread.participants
        : [...(thread?.participants ?? []), reply.authorId],
    },
  };
}

/** A deleted message's quotes show it as deleted, as a refetch would. */
function unquote(message: Message, deletedId: string): Message {
  return message.quote?.messageId === deletedId
    ? { ...message, quote: { ...message.quote, excerpt: '', deleted: true } }
    : message;
}

function patch(messages: Message[], change: (message: Message) => Message): Message[] {
  let changed = false;
  const next = messages.map((message) => {
    const after = change(message);
    if (after !== message) changed = true;
    return after;
  });
  return changed ? next : messages;
}

/** Whatever else in a list of messages one entry changes: the root's thread summary, quotes of a deleted message. */
function sideEffects(messages: Message[], event: MessageEvent): Message[] {
  const { message } = event;
  if (event.kind === 'message.posted' && message.threadRootId) {
    return patch(messages, (candidate) =>
      candidate.id === message.threadRootId ? countReply(candidate, message) : candidate,
    );
  }
  if (event.kind === 'message.deleted') {
    return patch(messages, (candidate) => unquote(candidate, message.id));
  }
  return messages;
}

/** Applies a message entry to a loaded conversation's main history. */
export function applyToHistory(history: History | undefined, entry: Entry): History | undefined {
  if (!history || !isMessageEntry(entry)) return history;
  const { message } = entry.event;
  const stored = inMainHistory(message) ? storeMessage(history, message) : history;
  if (!stored) return stored;
  const messages = sideEffects(stored.messages, entry.event);
  return messages === stored.messages ? stored : { ...stored, messages };
}

/** Applies a message entry to an open thread: its root, its replies, and the root's summary. */
export function applyToThread(view: ThreadView | undefined, entry: Entry): ThreadView | undefined {
  if (!view || !isMessageEntry(entry) || entry.resourceId !== view.root.channelId) return view;
  const { message } = entry.event;
  let { root, replies } = view;
  if (message.id === root.id) root = message;
  if (message.threadRootId === root.id) {
    const index = replies.findIndex((reply) => reply.id === message.id);
    replies =
      index >= 0
        ? replies.map((reply) => (reply.id === message.id ? message : reply))
        : [...replies, message].sort((a, b) => a.seq - b.seq);
  }
  [root] = sideEffects([root], entry.event);
  replies = sideEffects(replies, entry.event);
  return root === view.root && replies === view.replies ? view : { root, replies };
}

/**
 * Applies a `channel.updated` entry: its settings replace the channel's (a cleared topic is absent).
 * What I may do with it (`capabilities`) depends on my role, so the caller also refetches the list.
 */
function applySettings(channel: Channel, settings: ChannelSettings): Channel {
  return {
    ...channel,
    name: settings.name,
    topic: settings.topic,
    purpose: settings.purpose,
    archived: settings.archived,
    postingPolicy: settings.postingPolicy,
    mentionPolicy: settings.mentionPolicy,
  };
}

/**
 * Applies an entry to my channel list: the stream moves on; others' new messages after my read
 * cursor count as unread (a thread reply only when also in the channel or mentioning me), those
 * mentioning me as mentions; a deleted one no longer counts. As the server counts them.
 */
export function applyToChannels(channels: Channel[] | undefined, entry: Entry, myId: string): Channel[] | undefined {
  if (!channels) return channels;
  return channels.map((channel) => {
    if (channel.id !== entry.resourceId) return channel;
    let { unread, mentionCount } = channel;
    const { event } = entry;
    if ('message' in event && event.message.authorId !== myId && event.message.seq > channel.readSeq) {
      const step = event.kind === 'message.posted' ? 1 : event.kind === 'message.deleted' ? -1 : 0;
      const mentioned = mentionsMe(event.message, myId);
      if (inMainHistory(event.message) || mentioned) unread = Math.max(0, unread + step);
      if (mentioned) mentionCount = Math.max(0, mentionCount + step);
    }
    const next = event.kind === 'channel.updated' ? applySettings(channel, event.settings) : channel;
    return { ...next, lastSeq: Math.max(channel.lastSeq, entry.seq), unread, mentionCount };
  });
}

/** Applies a `read.moved` entry (direct and group conversations) to the members' read cursors. */
export function applyToCursors(cursors: ReadCursor[] | undefined, entry: Entry): ReadCursor[] | undefined {
  const { event } = entry;
  if (!cursors || event.kind !== 'read.moved') return cursors;
  const moved: ReadCursor = { personId: event.personId, readSeq: event.readSeq };
  return cursors.some((cursor) => cursor.personId === moved.personId)
    ? cursors.map((cursor) => (cursor.personId === moved.personId ? { ...cursor, readSeq: moved.readSeq } : cursor))
    : [...cursors, moved];
}
