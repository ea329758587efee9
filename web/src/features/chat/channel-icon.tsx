import { ApartmentOutlined, LockOutlined, NumberOutlined, TeamOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../shared/ui/person-avatar';
import { WithPresence } from '../../shared/ui/presence-dot';
import type { Channel } from './api/channels';

/** The mark of a conversation's kind: the other person's avatar, a lock, a hash, a team, a department. */
export function ChannelIcon({
  channel,
  title,
  avatarColor,
  size,
}: {
  channel: Channel;
  title: string;
  avatarColor?: string;
  size: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  switch (channel.kind) {
    case 'DIRECT':
      return (
        <WithPresence personId={channel.otherPersonId} size={size > 24 ? 10 : 8}>
          <PersonAvatar name={title} color={avatarColor ?? token.colorTextQuaternary} size={size} />
        </WithPresence>
      );
    case 'PRIVATE':
      return <LockOutlined aria-label={t('chat.privateChannel')} />;
    case 'GROUP':
      return <TeamOutlined aria-label={t('chat.groupChannel')} />;
    case 'DEPARTMENT':
      return <ApartmentOutlined aria-label={t('chat.departmentChannel')} />;
    default:
      return <NumberOutlined aria-label={t('chat.publicChannel')} />;
  }
}
