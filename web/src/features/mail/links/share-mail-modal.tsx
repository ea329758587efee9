import { App, type ButtonProps, Flex, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { usePostableChannels, useShareMail } from './mail-links-api';

/**
 * Shares a mail in a chat channel I may post in: my note, a quote of its subject, sender and snippet
 * (which every member reads), and its card, which opens the mail for those who may read it.
 */
export function ShareMailModal({ messageId, onClose }: { messageId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const channels = usePostableChannels(true);
  const share = useShareMail();
  const showProblem = useProblemHandler();
  const [channelId, setChannelId] = useState<string>();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('mailLinks.shareTitle')}
      onCancel={onClose}
      okText={t('mailLinks.share')}
      okButtonProps={
        { disabled: !channelId, loading: share.isPending, 'data-testid': 'mail-share-send' } as ButtonProps
      }
      cancelText={t('common.cancel')}
      onOk={() =>
        channelId &&
        share.mutate(
          { messageId, channelId, note },
          {
            onSuccess: () => {
              void toast.success(t('mailLinks.shared'));
              onClose();
            },
            onError: (error) => showProblem(error),
          },
        )
      }
    >
      <Flex vertical gap={12}>
        <Select
          style={{ width: '100%' }}
          placeholder={t('mailLinks.channel')}
          value={channelId}
          onChange={setChannelId}
          loading={channels.isLoading}
          data-testid="mail-share-channel"
          options={(channels.data ?? []).map((channel) => ({ value: channel.id, label: `#${channel.name}` }))}
        />
        <Input.TextArea
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('mailLinks.note')}
          autoSize={{ minRows: 2, maxRows: 6 }}
        />
        <div style={{ opacity: 0.65 }}>{t('mailLinks.shareHint')}</div>
      </Flex>
    </Modal>
  );
}
