import { PushpinOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { pinsQuery } from '../api/message-actions';
import { useMessageContext } from './message-context';
import { MessageDigestList } from './pinned-list';

/** The header's pin button: the channel's pinned messages in a drawer. */
export function PinsButton({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('chatMessage.pinned')}>
        <Button
          type="text"
          icon={<PushpinOutlined />}
          aria-label={t('chatMessage.pinned')}
          onClick={() => setOpen(true)}
          data-testid="pins-open"
        />
      </Tooltip>
      {open && <PinsDrawer channelId={channelId} onClose={() => setOpen(false)} />}
    </>
  );
}

function PinsDrawer({ channelId, onClose }: { channelId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { myId, openThread } = useMessageContext();
  const pins = useQuery(pinsQuery(channelId));
  return (
    <Drawer open onClose={onClose} title={t('chatMessage.pinned')} size="default" data-testid="pins-drawer">
      {pins.isLoading && <Loading />}
      {pins.isError && <LoadFailed error={pins.error} onRetry={() => void pins.refetch()} />}
      {pins.data && (
        <MessageDigestList
          messages={pins.data}
          myId={myId}
          testId="pinned-item"
          onOpen={(message) => {
            if (message.threadRootId) openThread(message.threadRootId);
            onClose();
          }}
        />
      )}
    </Drawer>
  );
}
