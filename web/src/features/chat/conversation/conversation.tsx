import { LockOutlined, NumberOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, theme, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { type Channel, useMarkRead } from '../api/channels';
import { historyQuery } from '../api/messages';
import { useOutbox } from '../api/outbox';
import { useChannelTitle } from '../use-channel-title';
import { Composer } from './composer';
import { FileDropZone } from './file-drop-zone';
import { MessageList } from './message-list';
import { useAttentive } from './use-attentive';

/** One conversation: header, history and composer; what is shown to an attentive reader is marked read. */
export function Conversation({ channel, myId }: { channel: Channel; myId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const history = useQuery(historyQuery(channel.id));
  const outgoing = useOutbox(channel.id);
  const { title, avatarColor } = useChannelTitle(channel);
  useMarkReadWhileSeen(channel, history.isSuccess);

  const icon =
    channel.kind === 'DIRECT' ? (
      <PersonAvatar name={title} color={avatarColor ?? token.colorTextQuaternary} size={28} />
    ) : channel.kind === 'PRIVATE' ? (
      <LockOutlined aria-label={t('chat.privateChannel')} />
    ) : (
      <NumberOutlined aria-label={t('chat.publicChannel')} />
    );

  return (
    <FileDropZone channelId={channel.id}>
    <Flex vertical style={{ height: '100%', background: token.colorBgContainer }} data-testid="conversation">
      <Flex align="center" gap={10} style={{ padding: '10px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}`, flex: 'none' }}>
        {icon}
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 16 }} data-testid="conversation-title">
            {title}
          </Typography.Text>
          {channel.topic && (
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {channel.topic}
            </Typography.Text>
          )}
        </div>
      </Flex>
      {history.isLoading && <Loading />}
      {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && <MessageList channelId={channel.id} history={history.data} outgoing={outgoing} myId={myId} />}
      <Composer key={channel.id} channelId={channel.id} placeholder={t('chat.composerPlaceholder', { name: title })} />
    </Flex>
    </FileDropZone>
  );
}

function useMarkReadWhileSeen(channel: Channel, loaded: boolean) {
  const attentive = useAttentive();
  const markRead = useMarkRead();
  const asked = useRef(0);
  const { mutate } = markRead;
  useEffect(() => {
    if (loaded && attentive && channel.lastSeq > channel.readSeq && channel.lastSeq > asked.current) {
      asked.current = channel.lastSeq;
      mutate({ channelId: channel.id, seq: channel.lastSeq });
    }
  }, [loaded, attentive, channel.id, channel.lastSeq, channel.readSeq, mutate]);
}
