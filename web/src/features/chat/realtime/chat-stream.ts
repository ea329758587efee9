import type { QueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { applyLive, refetchIfLoading } from '../../../shared/realtime/apply-live';
import { type EventFrame, onReady, onSignal, registerStreamHandler } from '../../../shared/realtime/socket';
import { type Channel, channelsQuery, membersKey, storeChannel } from '../api/channels';
import { type History, messagesKey } from '../api/messages';
import { type ReadCursor, readCursorsKey } from '../api/receipts';
import { type ThreadView, threadsKey } from '../api/threads';
import {
  applyToChannels,
  applyToCursors,
  applyToHistory,
  applyToThread,
  type ChatStreamEvent,
  type Entry,
} from './apply-entry';
import { unfurlShows } from '../conversation/card-changes';
import { notifyDesktop } from './desktop-notify';
import { registerTyping, stopTyping } from './typing';

/** The stream kind chat declares on the server (`chat.internal.ChannelStreamKind`). */
const STREAM = 'chat.channel';

/**
 * Keeps the chat caches current from the socket: applies each channel's entries in seq order exactly
 * once, fills a gap from `GET /channels/{id}/stream`, and reloads a channel the server reset.
 */
export function registerChatStream(
  queryClient: QueryClient,
  myId: string,
  open: (path: string) => void = () => {},
): () => void {
  /** The last seq applied per channel: what `resume` asks the server to continue from. */
  const applied = new Map<string, number>();

  const apply = (entry: Entry) => {
    const channelId = entry.resourceId;
    const { event } = entry;
    const last = applied.get(channelId);
    if (last !== undefined && entry.seq <= last) return;
    applied.set(channelId, entry.seq);
    const membership =
      event.kind === 'member.joined' || event.kind === 'member.left' || event.kind === 'member.updated';
    const known = queryClient
      .getQueryData<Channel[]>(channelsQuery.queryKey)
      ?.some((channel) => channel.id === channelId);
    if (!known || membership) {
      // A conversation someone just opened with me, or a membership change: the list says what is true now.
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    } else {
      applyLive<Channel[]>(queryClient, channelsQuery.queryKey, (channels) => applyToChannels(channels, entry, myId));
      // settings show at once from the entry; what I may now do (capabilities) comes with a fresh list
      if (event.kind === 'channel.updated') void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    }
    // many people joining or leaving at once (an org import) come as one `channel.updated` entry
    if (membership || event.kind === 'channel.updated') {
      void queryClient.invalidateQueries({ queryKey: membersKey(channelId) });
    }
    applyLive<History>(queryClient, messagesKey(channelId), (history) => applyToHistory(history, entry));
    queryClient.setQueriesData<ThreadView>({ queryKey: threadsKey }, (view) => applyToThread(view, entry));
    refetchIfLoading(queryClient, threadsKey);
    applyLive<ReadCursor[]>(queryClient, readCursorsKey(channelId), (cursors) => applyToCursors(cursors, entry));
    if (event.kind === 'card.changed') {
      // the entry says only which object changed; each reader's fetch decides what card they see
      void queryClient.invalidateQueries({ predicate: (query) => unfurlShows(query.queryKey, event.link) });
    }
    if (event.kind === 'message.posted') {
      stopTyping(channelId, event.message.authorId);
      notifyDesktop(queryClient, event.message, myId, open);
    }
  };

  /** My read cursor or star moved on another tab or device: the server sends my whole view of the channel. */
  const applyState = (payload: unknown) => {
    const channel = payload as Channel;
    const cached = queryClient
      .getQueryData<Channel[]>(channelsQuery.queryKey)
      ?.find((candidate) => candidate.id === channel.id);
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
  const held = new Map<string, EventFrame<ChatStreamEvent>[]>();

  const receive = (frame: EventFrame<ChatStreamEvent>) => {
    const waiting = held.get(frame.resourceId);
    if (waiting) {
      waiting.push(frame);
      return;
    }
    const last = applied.get(frame.resourceId);
    if (last !== undefined && frame.seq > last + 1) {
      held.set(frame.resourceId, [frame]);
      void fill(frame.resourceId);
    } else {
      apply(frame);
    }
  };

  const fill = async (channelId: string) => {
    try {
      const after = applied.get(channelId) ?? 0;
      const page = await body(
        api.GET('/api/v1/channels/{id}/stream', { params: { path: { id: channelId }, query: { after } } }),
      );
      if (page.reset) {
        reload(channelId);
      } else {
        page.entries.forEach((entry) => apply(entry));
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
    if (
      event.type === 'updated' &&
      event.action.type === 'success' &&
      event.query.queryKey.join('/') === channelsQuery.queryKey.join('/')
    ) {
      seedFrom(event.query.state.data as Channel[]);
    }
  });

  const unregister = registerStreamHandler<ChatStreamEvent>({
    stream: STREAM,
    cursors: async () => {
      seedFrom(await queryClient.ensureQueryData(channelsQuery));
      return Object.fromEntries(applied);
    },
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
