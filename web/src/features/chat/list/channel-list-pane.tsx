import { CompassOutlined, MessageOutlined, PlusOutlined, TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Flex, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { type Channel, useChannels } from '../api/channels';
import { ChannelIcon } from '../channel-icon';
import { useChannelTitle } from '../use-channel-title';
import { BrowseChannelsModal } from './browse-channels-modal';
import { NewChannelModal } from './new-channel-modal';
import { NewDirectModal } from './new-direct-modal';
import { NewGroupModal } from './new-group-modal';
import { SavedButton } from './saved-drawer';

interface ChannelListPaneProps {
  selectedId?: string;
  myId: string;
  canCreateDepartmentChannels: boolean;
  onOpen: (id: string, threadId?: string) => void;
}

type Creating = 'channel' | 'direct' | 'group' | 'browse';

const ROOM_KINDS = new Set(['PUBLIC', 'PRIVATE', 'DEPARTMENT']);

/** My channels, group and direct conversations, each with its unread count. */
export function ChannelListPane({ selectedId, myId, canCreateDepartmentChannels, onOpen }: ChannelListPaneProps) {
  const { t } = useTranslation();
  const channels = useChannels();
  const [creating, setCreating] = useState<Creating>();
  const rooms = (channels.data ?? []).filter((channel) => ROOM_KINDS.has(channel.kind)).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  // Seqs are per channel and not comparable, and the list carries no last activity: newest conversation first.
  const directs = (channels.data ?? []).filter((channel) => !ROOM_KINDS.has(channel.kind)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div>
      <Flex align="center" justify="space-between" style={{ padding: '12px 12px 4px 16px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('chat.title')}
        </Typography.Title>
        <Flex>
          <SavedButton myId={myId} onOpen={onOpen} />
          <Button type="text" icon={<CompassOutlined />} aria-label={t('chat.browseChannels')} onClick={() => setCreating('browse')} data-testid="chat-browse" />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'direct', icon: <MessageOutlined />, label: <span data-testid="chat-new-direct">{t('chat.newDirect')}</span> },
                { key: 'group', icon: <TeamOutlined />, label: <span data-testid="chat-new-group">{t('chat.newGroup')}</span> },
                { key: 'channel', icon: <UsergroupAddOutlined />, label: <span data-testid="chat-new-channel">{t('chat.newChannel')}</span> },
                { key: 'browse', icon: <CompassOutlined />, label: <span data-testid="chat-browse-menu">{t('chat.browseChannels')}</span> },
              ],
              onClick: ({ key }) => setCreating(key as Creating),
            }}
          >
            <Button type="text" icon={<PlusOutlined />} aria-label={t('chat.newConversation')} data-testid="chat-new" />
          </Dropdown>
        </Flex>
      </Flex>
      {channels.isLoading && <Loading />}
      {channels.isError && <LoadFailed error={channels.error} onRetry={() => void channels.refetch()} />}
      {channels.data && channels.data.length === 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 16px' }}>
          {t('chat.noChannels')}
        </Typography.Text>
      )}
      <Section title={t('chat.channels')} channels={rooms} selectedId={selectedId} myId={myId} onOpen={onOpen} />
      <Section title={t('chat.directMessages')} channels={directs} selectedId={selectedId} myId={myId} onOpen={onOpen} />
      <NewChannelModal
        open={creating === 'channel'}
        canCreateDepartmentChannels={canCreateDepartmentChannels}
        onClose={() => setCreating(undefined)}
        onCreated={onOpen}
      />
      <NewDirectModal open={creating === 'direct'} onClose={() => setCreating(undefined)} onOpened={onOpen} />
      <NewGroupModal open={creating === 'group'} onClose={() => setCreating(undefined)} onCreated={onOpen} />
      <BrowseChannelsModal open={creating === 'browse'} onClose={() => setCreating(undefined)} onOpen={onOpen} />
    </div>
  );
}

interface SectionProps {
  title: string;
  channels: Channel[];
  selectedId?: string;
  myId: string;
  onOpen: (id: string) => void;
}

function Section({ title, channels, selectedId, myId, onOpen }: SectionProps) {
  if (channels.length === 0) return null;
  return (
    <section aria-label={title} style={{ paddingBottom: 8 }}>
      <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 16px 4px', fontSize: 12 }}>
        {title}
      </Typography.Text>
      {channels.map((channel) => (
        <ChannelItem key={channel.id} channel={channel} selected={channel.id === selectedId} myId={myId} onOpen={onOpen} />
      ))}
    </section>
  );
}

function ChannelItem({ channel, selected, myId, onOpen }: { channel: Channel; selected: boolean; myId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { title, avatarColor } = useChannelTitle(channel, myId);
  const unread = channel.unread > 0;
  return (
    <a
      href={`/messages/${channel.id}`}
      data-testid="channel-item"
      aria-current={selected ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        onOpen(channel.id);
      }}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        margin: '0 8px',
        padding: '6px 8px',
        minHeight: 40,
        borderRadius: token.borderRadius,
        color: channel.archived ? token.colorTextTertiary : token.colorText,
        background: selected ? token.controlItemBgActive : undefined,
      }}
    >
      <span style={{ width: 24, display: 'flex', justifyContent: 'center', color: token.colorTextSecondary }}>
        <ChannelIcon channel={channel} title={title} avatarColor={avatarColor} size={24} />
      </span>
      <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: unread ? 600 : undefined }}>
        {title}
      </span>
      {channel.mentionCount > 0 && (
        <span
          data-testid="mention-badge"
          title={t('chatMessage.mentionCount', { count: channel.mentionCount })}
          style={{ minWidth: 20, height: 20, padding: '0 6px', borderRadius: 10, background: token.colorWarning, color: '#fff', fontSize: 12, fontWeight: 600, lineHeight: '20px', textAlign: 'center' }}
        >
          @{channel.mentionCount > 99 ? '99+' : channel.mentionCount}
        </span>
      )}
      {unread && <Badge count={channel.unread} overflowCount={99} data-testid="unread-badge" title={t('chat.unread', { count: channel.unread })} />}
    </a>
  );
}
