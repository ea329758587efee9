import { CheckSquareOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailTaskModal } from './mail-task-modal';
import { ShareMailModal } from './share-mail-modal';

/** A mail's links to the other modules, for the conversation view's message toolbar: share to chat, make a task. */
export function MailLinkActions({ messageId, subject }: { messageId: string; subject: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'share' | 'task' | null>(null);
  return (
    <>
      <Tooltip title={t('mailLinks.shareAction')}>
        <Button
          type="text"
          icon={<ShareAltOutlined />}
          aria-label={t('mailLinks.shareAction')}
          data-testid="mail-share"
          onClick={() => setOpen('share')}
        />
      </Tooltip>
      <Tooltip title={t('mailLinks.taskAction')}>
        <Button
          type="text"
          icon={<CheckSquareOutlined />}
          aria-label={t('mailLinks.taskAction')}
          data-testid="mail-task"
          onClick={() => setOpen('task')}
        />
      </Tooltip>
      {open === 'share' && <ShareMailModal messageId={messageId} onClose={() => setOpen(null)} />}
      {open === 'task' && <MailTaskModal messageId={messageId} subject={subject} onClose={() => setOpen(null)} />}
    </>
  );
}
