import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { personQuery } from '../../../shared/api/org-queries';
// the instance shared/i18n initialises (imported here directly, so this module loads without a DOM in tests)
import i18n from 'i18next';
import { showDesktopNotification } from '../../../shared/realtime/desktop-notification';
import { isDoNotDisturb } from '../../../shared/realtime/presence';
import { type Channel, channelsQuery } from '../api/channels';
import type { Message } from '../api/messages';
import { keepsReceipts } from '../api/receipts';
import { permalinkPath } from '../conversation/anchors';
import { mentionsMe } from './apply-entry';

/**
 * Whether a new message deserves a desktop notification: someone else's, in a direct or group
 * conversation or mentioning me (by name, department or @all), and I am not in do not disturb.
 * Only asked while the tab is hidden.
 */
export function notifies(
  message: Message,
  channel: Pick<Channel, 'kind'> | undefined,
  myId: string,
  dnd: boolean,
): boolean {
  if (dnd || message.authorId === myId || message.deletedAt) return false;
  return (channel !== undefined && keepsReceipts(channel)) || mentionsMe(message, myId);
}

/** Shows a notification for a live message while the tab is hidden; clicking it opens the conversation. */
export function notifyDesktop(queryClient: QueryClient, message: Message, myId: string, open: (path: string) => void) {
  const channel = queryClient
    .getQueryData<Channel[]>(channelsQuery.queryKey)
    ?.find((candidate) => candidate.id === message.channelId);
  if (!notifies(message, channel, myId, isDoNotDisturb(myId))) return;
  const author = queryClient.getQueryData(personQuery(message.authorId).queryKey)?.name ?? i18n.t('chat.someone');
  const title = channel?.kind === 'DIRECT' || !channel?.name ? author : `${author} · ${channel.name}`;
  // one notification per conversation: a newer one replaces it instead of piling up
  showDesktopNotification({
    title,
    body: message.body,
    tag: message.channelId,
    onClick: () => open(permalinkPath(message.channelId, message.seq)),
  });
}

/**
 * What in chat asks for me, by the same rule as {@link notifies}: everything unread in direct and
 * group conversations, and in channels only what mentions me. The tab's title counts it.
 */
export function chatAttention(channels: Pick<Channel, 'kind' | 'unread' | 'mentionCount'>[]): number {
  return channels.reduce(
    (total, channel) => total + (keepsReceipts(channel) ? channel.unread : channel.mentionCount),
    0,
  );
}

export function useChatAttention(): number {
  return chatAttention(useQuery(channelsQuery).data ?? []);
}
