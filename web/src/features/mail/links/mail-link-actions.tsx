import { CheckSquareOutlined, EllipsisOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailTaskModal } from './mail-task-modal';
import { ShareMailModal } from './share-mail-modal';

type Link = 'share' | 'task';

/**
 * A mail's links to the other modules, for the conversation view's message toolbar: share to chat,
 * make a task. `compact` folds them into one menu, for a phone's narrow header.
 */
export function MailLinkActions({
  messageId,
  subject,
  compact = false,
}: {
  messageId: string;
  subject: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Link | null>(null);
  const links = [
    { key: 'share' as const, label: t('mailLinks.shareAction'), icon: <ShareAltOutlined /> },
    { key: 'task' as const, label: t('mailLinks.taskAction'), icon: <CheckSquareOutlined /> },
  ];
  return (
    <>
      {compact ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: links.map(({ key, label, icon }) => ({ key, label, icon, 'data-testid': `mail-${key}` })),
            onClick: ({ key }) => setOpen(key as Link),
          }}
        >
          <Button
            type="text"
            size="small"
            icon={<EllipsisOutlined />}
            aria-label={t('mailLinks.more')}
            data-testid="mail-links-more"
          />
        </Dropdown>
      ) : (
        links.map(({ key, label, icon }) => (
          <Tooltip key={key} title={label}>
            <Button
              type="text"
              size="small"
              icon={icon}
              aria-label={label}
              data-testid={`mail-${key}`}
              onClick={() => setOpen(key)}
            />
          </Tooltip>
        ))
      )}
      {open === 'share' && <ShareMailModal messageId={messageId} onClose={() => setOpen(null)} />}
      {open === 'task' && <MailTaskModal messageId={messageId} subject={subject} onClose={() => setOpen(null)} />}
    </>
  );
}
