import type { QueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { type EventFrame, onReady, onSignal, registerStreamHandler } from '../../../shared/realtime/socket';
import { type Channel, channelsQuery, membersKey, storeChannel } from '../api/channels';
import { type History, messagesKey } from '../api/messages';
import { type ReadCursor, readCursorsKey } from '../api/receipts';
import type { ThreadView } from '../api/threads';
import { applyToChannels, applyToCursors, applyToHistory, applyToThread, type Entry, isMessageEntry } from './apply-entry';
import { notifyDesktop } from './desktop-notify';
import { registerTyping, stopTyping } from './typing';

const KINDS = /^(message|member|channel|read)\./;

/**
 * Keeps the chat caches current from the socket: applies each channel's entries in seq order exactly
 * once, fills a gap from `GET /channels/{id}/stream`, and reloads a channel the server reset.
 */
export function registerChatStream(queryClient: QueryClient, myId: string, open: (path: string) => void = () => {}): () => void {
  /** The last seq applied per channel: what `resume` asks the server to continue from. */
  const applied = new Map<string, number>();

  const apply = (entry: Entry) => {
    const last = applied.get(entry.channelId);
    if (last !== undefined && entry.seq <= last) return;
    applied.set(entry.channelId, entry.seq);
    const known = queryClient.getQueryData<Channel[]>(channelsQuery.queryKey)?.some((channel) => channel.id === entry.channelId);
    if (!known || entry.kind.startsWith('member.')) {
      // A conversation someone just opened with me, or a membership change: the list says what is true now.
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    } else {
      queryClient.setQueryData<Channel[]>(channelsQuery.queryKey, (channels) => applyToChannels(channels, entry, myId));
      // settings show at once from the entry; what I may now do (capabilities) comes with a fresh list
      if (entry.kind === 'channel.updated') void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    }
    if (entry.kind.startsWith('member.')) void queryClient.invalidateQueries({ queryKey: membersKey(entry.channelId) });
    queryClient.setQueryData<History>(messagesKey(entry.channelId), (history) => applyToHistory(history, entry));
    queryClient.setQueriesData<ThreadView>({ queryKey: ['chat', 'thread'] }, (view) => applyToThread(view, entry));
    queryClient.setQueryData<ReadCursor[]>(readCursorsKey(entry.channelId), (cursors) => applyToCursors(cursors, entry));
    if (isMessageEntry(entry) && entry.kind === 'message.posted') {
      stopTyping(entry.channelId, entry.payload.authorId);
      notifyDesktop(queryClient, entry.payload, myId, open);
    }
  };

  /** My read cursor or star moved on another tab or device: the server sends my whole view of the channel. */
  const applyState = (payload: unknown) => {
    const channel = payload as Channel;
    const cached = queryClient.getQueryData<Channel[]>(channelsQuery.queryKey)?.find((candidate) => candidate.id === channel.id);
    if (!cached || cached.lastSeq > channel.lastSeq) {
      // Unknown here, or an event overtook this state: its unread count is stale, so ask again.
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    } else {
      queryClient.setQueryData<Channel[]>(channelsQuery.queryKey, (channels) => storeChannel(channels, channel));
    }
  };

  const reload = (channelId: string) => {
    applied.delete(channelId);
    void queryClient.invalidateQueries({ queryKey: messagesKey(channelId) });
    void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    // receipts follow read.moved entries; after a reset those entries were skipped
    void queryClient.invalidateQueries({ queryKey: readCursorsKey(channelId) });
  };

  /** Live frames that arrived while a gap of their channel was being filled; applied right after. */
  const held = new Map<string, EventFrame[]>();

  const receive = (frame: EventFrame) => {
    const waiting = held.get(frame.channelId);
    if (waiting) {
      waiting.push(frame);
      return;
    }
    const last = applied.get(frame.channelId);
    if (last !== undefined && frame.seq > last + 1) {
      held.set(frame.channelId, [frame]);
      void fill(frame.channelId);
    } else {
      apply(frame);
    }
  };

  const fill = async (channelId: string) => {
    try {
      const after = applied.get(channelId) ?? 0;
      const page = await body(api.GET('/api/v1/channels/{id}/stream', { params: { path: { id: channelId }, query: { after } } }));
      if (page.reset) {
        reload(channelId);
      } else {
        page.entries.forEach(apply);
      }
    } catch {
      reload(channelId);
    }
    const frames = held.get(channelId) ?? [];
    held.delete(channelId);
    frames.sort((a, b) => a.seq - b.seq).forEach(receive);
  };

  const seedFrom = (channels: Channel[]) => {
    channels.forEach((channel) => {
      if (!applied.has(channel.id)) applied.set(channel.id, channel.lastSeq);
    });
  };

  // Whatever the list says when it loads (or reloads after a reset) is where that channel continues from.
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && event.query.queryKey.join('/') === channelsQuery.queryKey.join('/')) {
      seedFrom(event.query.state.data as Channel[]);
    }
  });

  const unregister = registerStreamHandler({
    cursors: async () => {
      seedFrom(await queryClient.ensureQueryData(channelsQuery));
      return Object.fromEntries(applied);
    },
    handles: (kind) => KINDS.test(kind),
    onEvent: receive,
    onReset: reload,
  });

  const stopState = onSignal('channel.state', applyState);
  const stopTypingSignals = registerTyping();
  // channel.state signals are not replayed: after a reconnect the list says where my cursors are now.
  const stopReady = onReady(() => void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey }));

  return () => {
    unregister();
    unsubscribe();
    stopState();
    stopReady();
    stopTypingSignals();
  };
}
