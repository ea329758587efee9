import {
  CompassOutlined,
  DownOutlined,
  MessageOutlined,
  PlusOutlined,
  RightOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Flex, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery } from '../../../shared/api/org-queries';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { type Channel, useChannels } from '../api/channels';
import { ChannelIcon } from '../channel-icon';
import { useChannelTitle } from '../use-channel-title';
import { BrowseChannelsModal } from './browse-channels-modal';
import { NewChannelModal } from './new-channel-modal';
import { NewDirectModal } from './new-direct-modal';
import { NewGroupModal } from './new-group-modal';
import { StatusMenu } from './status-menu';
import { SavedButton } from './saved-drawer';

interface ChannelListPaneProps {
  selectedId?: string;
  myId: string;
  canCreateDepartmentChannels: boolean;
  onOpen: (id: string, threadId?: string) => void;
}

type Creating = 'channel' | 'direct' | 'group' | 'browse';

const ROOM_KINDS = new Set(['PUBLIC', 'PRIVATE', 'DEPARTMENT']);

type SectionKey = 'starred' | 'channels' | 'directs';
const COLLAPSED_KEY = 'atrium.chat.collapsed';

function useCollapsed(): [Set<SectionKey>, (key: SectionKey) => void] {
  const [collapsed, setCollapsed] = useState<Set<SectionKey>>(() => {
    try {
      return new Set(JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? '[]') as SectionKey[]);
    } catch {
      return new Set();
    }
  });
  const toggle = (key: SectionKey) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      localStorage.setItem(COLLAPSED_KEY, JSON.stringify([...next]));
      return next;
    });
  return [collapsed, toggle];
}

/** My conversations in collapsible sections (starred, channels, group and direct), each with its unread count. */
export function ChannelListPane({ selectedId, myId, canCreateDepartmentChannels, onOpen }: ChannelListPaneProps) {
  const { t } = useTranslation();
  const channels = useChannels();
  const [creating, setCreating] = useState<Creating>();
  const [collapsed, toggle] = useCollapsed();
  const all = channels.data ?? [];
  const byName = (a: Channel, b: Channel) => (a.name ?? '').localeCompare(b.name ?? '');
  const starred = all.filter((channel) => channel.starred).sort(byName);
  // the company channel (the root department's) heads the list, then my departments' channels, then the rest
  const departments = useQuery({ ...departmentsQuery, enabled: all.some((channel) => channel.kind === 'DEPARTMENT') });
  const rootId = departments.data?.find((department) => !department.parentId)?.id;
  const rank = (channel: Channel) => (channel.kind !== 'DEPARTMENT' ? 2 : channel.departmentId === rootId ? 0 : 1);
  const rooms = all
    .filter((channel) => ROOM_KINDS.has(channel.kind) && !channel.starred)
    .sort((a, b) => rank(a) - rank(b) || byName(a, b));
  // Seqs are per channel and not comparable, and the list carries no last activity: newest conversation first.
  const directs = all
    .filter((channel) => !ROOM_KINDS.has(channel.kind) && !channel.starred)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const section = (key: SectionKey, title: string, list: Channel[]) => (
    <Section
      title={title}
      channels={list}
      selectedId={selectedId}
      myId={myId}
      onOpen={onOpen}
      collapsed={collapsed.has(key)}
      onToggle={() => toggle(key)}
      testId={`section-${key}`}
    />
  );

  return (
    <div>
      <Flex align="center" justify="space-between" style={{ padding: '12px 12px 4px 16px' }}>
        <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
          {t('chat.title')}
        </Typography.Title>
        <Flex align="center">
          <StatusMenu myId={myId} />
          <SavedButton myId={myId} onOpen={onOpen} />
          <Button
            type="text"
            icon={<CompassOutlined />}
            aria-label={t('chat.browseChannels')}
            onClick={() => setCreating('browse')}
            data-testid="chat-browse"
          />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'direct',
                  icon: <MessageOutlined />,
                  label: <span data-testid="chat-new-direct">{t('chat.newDirect')}</span>,
                },
                {
                  key: 'group',
                  icon: <TeamOutlined />,
                  label: <span data-testid="chat-new-group">{t('chat.newGroup')}</span>,
                },
                {
                  key: 'channel',
                  icon: <UsergroupAddOutlined />,
                  label: <span data-testid="chat-new-channel">{t('chat.newChannel')}</span>,
                },
                {
                  key: 'browse',
                  icon: <CompassOutlined />,
                  label: <span data-testid="chat-browse-menu">{t('chat.browseChannels')}</span>,
                },
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
      {section('starred', t('chat.starred'), starred)}
      {section('channels', t('chat.channels'), rooms)}
      {section('directs', t('chat.directMessages'), directs)}
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
  collapsed: boolean;
  onToggle: () => void;
  testId: string;
}

function Section({ title, channels, selectedId, myId, onOpen, collapsed, onToggle, testId }: SectionProps) {
  const { token } = theme.useToken();
  if (channels.length === 0) return null;
  const unread = channels.reduce((total, channel) => total + channel.unread, 0);
  // A collapsed section still shows the conversation that is open, so one never loses one's place.
  const shown = collapsed ? channels.filter((channel) => channel.id === selectedId) : channels;
  return (
    <section aria-label={title} style={{ paddingBottom: 8 }} data-testid={testId}>
      <button
        type="button"
        onClick={onToggle}
        aria-expanded={!collapsed}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 6,
          width: '100%',
          padding: '8px 16px 4px',
          border: 0,
          background: 'none',
          cursor: 'pointer',
          color: token.colorTextSecondary,
          fontSize: 12,
        }}
      >
        {collapsed ? <RightOutlined style={{ fontSize: 10 }} /> : <DownOutlined style={{ fontSize: 10 }} />}
        <span style={{ flex: 1, textAlign: 'start' }}>{title}</span>
        {collapsed && unread > 0 && <Badge count={unread} size="small" overflowCount={99} />}
      </button>
      {shown.map((channel) => (
        <ChannelItem
          key={channel.id}
          channel={channel}
          selected={channel.id === selectedId}
          myId={myId}
          onOpen={onOpen}
        />
      ))}
    </section>
  );
}

function ChannelItem({
  channel,
  selected,
  myId,
  onOpen,
}: {
  channel: Channel;
  selected: boolean;
  myId: string;
  onOpen: (id: string) => void;
}) {
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
      <span
        style={{
          flex: 1,
          minWidth: 0,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          fontWeight: unread ? 600 : undefined,
        }}
      >
        {title}
      </span>
      {channel.mentionCount > 0 && (
        <span
          data-testid="mention-badge"
          title={t('chatMessage.mentionCount', { count: channel.mentionCount })}
          style={{
            minWidth: 20,
            height: 20,
            padding: '0 6px',
            borderRadius: 10,
            background: token.colorWarning,
            color: '#fff',
            fontSize: 12,
            fontWeight: 600,
            lineHeight: '20px',
            textAlign: 'center',
          }}
        >
          @{channel.mentionCount > 99 ? '99+' : channel.mentionCount}
        </span>
      )}
      {unread && (
        <Badge
          count={channel.unread}
          overflowCount={99}
          data-testid="unread-badge"
          title={t('chat.unread', { count: channel.unread })}
        />
      )}
    </a>
  );
}
