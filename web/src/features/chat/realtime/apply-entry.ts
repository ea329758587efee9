import type { components } from '../../../shared/api/schema';
import type { Channel } from '../api/channels';
import type { History, Message } from '../api/messages';
import { storeMessage } from '../api/messages';
import type { ReadCursor } from '../api/receipts';

/** One stream entry, from a live frame or from `GET /channels/{id}/stream`. */
export interface Entry {
  channelId: string;
  seq: number;
  kind: string;
  payload: unknown;
}

/** The payload of `channel.updated`: the channel's settings as they now are. */
export type ChannelSettings = components['schemas']['ChannelSettings'];

const MESSAGE_KINDS = new Set(['message.posted', 'message.edited', 'message.deleted']);

export function isMessageEntry(entry: Entry): entry is Entry & { payload: Message } {
  return MESSAGE_KINDS.has(entry.kind);
}

/** Applies a message entry to a loaded conversation: each carries the whole message as it now is. */
export function applyToHistory(history: History | undefined, entry: Entry): History | undefined {
  return isMessageEntry(entry) ? storeMessage(history, entry.payload) : history;
}

export function isSettingsEntry(entry: Entry): entry is Entry & { payload: ChannelSettings } {
  return entry.kind === 'channel.updated';
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
 * Applies an entry to my channel list: the stream moves on, and others' new messages after my read
 * cursor count as unread (a deleted one no longer does), as the server counts them.
 */
export function applyToChannels(channels: Channel[] | undefined, entry: Entry, myId: string): Channel[] | undefined {
  if (!channels) return channels;
  return channels.map((channel) => {
    if (channel.id !== entry.channelId) return channel;
    let unread = channel.unread;
    if (isMessageEntry(entry) && entry.payload.authorId !== myId && entry.payload.seq > channel.readSeq) {
      if (entry.kind === 'message.posted') unread += 1;
      if (entry.kind === 'message.deleted') unread = Math.max(0, unread - 1);
    }
    const next = isSettingsEntry(entry) ? applySettings(channel, entry.payload) : channel;
    return { ...next, lastSeq: Math.max(channel.lastSeq, entry.seq), unread };
  });
}

/** Applies a `read.moved` entry (direct and group conversations) to the members' read cursors. */
export function applyToCursors(cursors: ReadCursor[] | undefined, entry: Entry): ReadCursor[] | undefined {
  if (!cursors || entry.kind !== 'read.moved') return cursors;
  const moved = entry.payload as ReadCursor;
  return cursors.some((cursor) => cursor.personId === moved.personId)
    ? cursors.map((cursor) => (cursor.personId === moved.personId ? { ...cursor, readSeq: moved.readSeq } : cursor))
    : [...cursors, moved];
}
