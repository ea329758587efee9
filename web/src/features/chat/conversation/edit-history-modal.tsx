import { useQuery } from '@tanstack/react-query';
import { Modal, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { versionsQuery } from '../api/message-actions';
import type { Message } from '../api/messages';
import { MessageBody } from './message-body';
import { useMessageContext } from './message-context';

/** The versions a message had before its edits, oldest first, and what it says now. */
export function EditHistoryModal({ message, onClose }: { message: Message; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { myId } = useMessageContext();
  const versions = useQuery(versionsQuery(message.id));
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Modal open title={t('chatMessage.editHistory')} onCancel={onClose} footer={null} data-testid="edit-history">
      {versions.isLoading && <Loading />}
      {versions.isError && <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && (
        <Timeline
          items={[
            ...versions.data.map((version) => ({
              key: version.version,
              children: (
                <div data-testid="edit-history-version">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {when(version.since)}
                  </Typography.Text>
                  <MessageBody text={version.body} myId={myId} />
                </div>
              ),
            })),
            {
              key: 'now',
              color: 'green',
              children: (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('chatMessage.current')} · {message.editedAt ? when(message.editedAt) : ''}
                  </Typography.Text>
                  <MessageBody text={message.body} myId={myId} />
                </div>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
