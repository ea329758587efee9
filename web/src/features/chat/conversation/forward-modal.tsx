import { App, type ButtonProps, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Channel, useChannels } from '../api/channels';
import { useForward } from '../api/message-actions';
import type { Message } from '../api/messages';
import { useChannelTitle } from '../use-channel-title';

/** Picks one of my conversations and forwards the message there. */
export function ForwardModal({ message, onClose }: { message: Message; onClose: () => void }) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const channels = useChannels();
  const forward = useForward();
  const showProblem = useProblemHandler();
  const [target, setTarget] = useState<string>();
  const mine = (channels.data ?? []).filter((channel) => channel.role != null && !channel.archived);
  return (
    <Modal
      open
      title={t('chatMessage.forwardTitle')}
      onCancel={onClose}
      okText={t('chatMessage.forward')}
      okButtonProps={{ disabled: !target, loading: forward.isPending, 'data-testid': 'forward-send' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={() =>
        target &&
        forward.mutate(
          { message, channelId: target },
          {
            onSuccess: () => {
              void toast.success(t('chatMessage.forwarded'));
              onClose();
            },
            onError: (error) => showProblem(error),
          },
        )
      }
    >
      <Select
        style={{ width: '100%' }}
        placeholder={t('chatMessage.forwardTo')}
        value={target}
        onChange={setTarget}
        data-testid="forward-target"
        options={mine.map((channel) => ({ value: channel.id, label: <ChannelLabel channel={channel} /> }))}
      />
    </Modal>
  );
}

function ChannelLabel({ channel }: { channel: Channel }) {
  const { title } = useChannelTitle(channel);
  return <>{channel.kind === 'DIRECT' || channel.kind === 'GROUP' ? title : `#${title}`}</>;
}
