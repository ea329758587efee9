import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  type Channel,
  type ChannelMember,
  type ChannelRole,
  useChangeRole,
  useChannelMembers,
  useInvite,
  useRemoveMember,
} from '../api/channels';

const ROLES: ChannelRole[] = ['OWNER', 'ADMIN', 'MEMBER'];

/** Who is in a channel, owners first; role changes, removals and additions where the server allows them. */
export function MembersPanel({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const members = useChannelMembers(channel.id);
  const invite = useInvite(channel.id);
  const showProblem = useProblemHandler();
  const [adding, setAdding] = useState<string[]>([]);

  const add = async () => {
    try {
      for (const personId of adding) await invite.mutateAsync(personId);
      setAdding([]);
    } catch (error) {
      showProblem(error);
    }
  };

  const items = members.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <Flex vertical gap={12}>
      {channel.capabilities.canInvite && (
        <Space.Compact style={{ width: '100%' }}>
          <PersonPicker
            multiple
            value={adding}
            onChange={setAdding}
            placeholder={t('chat.addPeople')}
            data-testid="members-picker"
          />
          <Button
            type="primary"
            disabled={adding.length === 0}
            loading={invite.isPending}
            onClick={() => void add()}
            data-testid="members-add"
          >
            {t('common.add')}
          </Button>
        </Space.Compact>
      )}
      {members.isLoading && <Loading />}
      {members.isError && <LoadFailed error={members.error} onRetry={() => void members.refetch()} />}
      <List
        dataSource={items}
        data-testid="members-list"
        renderItem={(member) => <MemberRow channelId={channel.id} member={member} />}
      />
      {members.hasNextPage && (
        <Button onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
          {t('chat.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function MemberRow({ channelId, member }: { channelId: string; member: ChannelMember }) {
  const { t } = useTranslation();
  const changeRole = useChangeRole(channelId);
  const remove = useRemoveMember(channelId);
  const showProblem = useProblemHandler();
  const actions = [];
  if (member.canChangeRole) {
    actions.push(
      <Select
        key="role"
        size="small"
        value={member.role}
        aria-label={t('chat.members')}
        style={{ width: 100 }}
        loading={changeRole.isPending}
        options={ROLES.map((role) => ({ value: role, label: t(`chat.role${role}`) }))}
        onChange={(role: ChannelRole) =>
          changeRole.mutate({ personId: member.personId, role }, { onError: (error) => showProblem(error) })
        }
        data-testid="member-role"
      />,
    );
  } else {
    actions.push(
      <Tag key="role" color={member.role === 'MEMBER' ? undefined : 'blue'}>
        {t(`chat.role${member.role}`)}
      </Tag>,
    );
  }
  if (member.canRemove) {
    actions.push(
      <Popconfirm
        key="remove"
        title={t('chat.removeConfirm', { name: member.name })}
        okText={t('common.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => remove.mutate(member.personId, { onError: (error) => showProblem(error) })}
      >
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('chat.removeMember')} />
      </Popconfirm>,
    );
  }
  return (
    <List.Item actions={actions} data-testid="member-row">
      <List.Item.Meta
        avatar={<PersonAvatar name={member.name} color={member.avatarColor} />}
        title={member.name}
        description={member.title ? <Typography.Text type="secondary">{member.title}</Typography.Text> : undefined}
      />
    </List.Item>
  );
}
