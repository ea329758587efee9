import { BookOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useChannels } from '../api/channels';
import { savedQuery } from '../api/message-actions';
import { MessageDigestList } from '../conversation/pinned-list';
import { useChannelTitle } from '../use-channel-title';

/** My saved messages across conversations; private to me. */
export function SavedButton({
  myId,
  onOpen,
}: {
  myId: string;
  onOpen: (channelId: string, threadId?: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('chatMessage.saved')}>
        <Button
          type="text"
          icon={<BookOutlined />}
          aria-label={t('chatMessage.saved')}
          onClick={() => setOpen(true)}
          data-testid="saved-open"
        />
      </Tooltip>
      {open && (
        <SavedDrawer
          myId={myId}
          onClose={() => setOpen(false)}
          onOpen={(channelId, threadId) => {
            setOpen(false);
            onOpen(channelId, threadId);
          }}
        />
      )}
    </>
  );
}

function SavedDrawer({
  myId,
  onClose,
  onOpen,
}: {
  myId: string;
  onClose: () => void;
  onOpen: (channelId: string, threadId?: string) => void;
}) {
  const { t } = useTranslation();
  const saved = useQuery(savedQuery);
  return (
    <Drawer open onClose={onClose} title={t('chatMessage.saved')} placement="left" data-testid="saved-drawer">
      {saved.isLoading && <Loading />}
      {saved.isError && <LoadFailed error={saved.error} onRetry={() => void saved.refetch()} />}
      {saved.data && (
        <MessageDigestList
          messages={saved.data.map((item) => item.message)}
          myId={myId}
          testId="saved-item"
          onOpen={(message) => onOpen(message.channelId, message.threadRootId ?? undefined)}
          extra={(message) => <Where channelId={message.channelId} />}
        />
      )}
    </Drawer>
  );
}

function Where({ channelId }: { channelId: string }) {
  const channel = useChannels().data?.find((candidate) => candidate.id === channelId);
  const { title } = useChannelTitle(channel);
  return channel ? (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {channel.kind === 'DIRECT' || channel.kind === 'GROUP' ? title : `#${title}`}
    </Typography.Text>
  ) : null;
}
