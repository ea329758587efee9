import { MailOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { formatRange } from '../scheduling/time-grid';
import { useInvitations } from './invitations-api';

/**
 * The invitations I have not answered, behind a button whose badge counts them; choosing one opens
 * the event (where the answer bar is) through `onOpen`.
 */
export function PendingInvitations({ onOpen }: { onOpen: (eventId: string) => void }) {
  const { t, i18n } = useTranslation();
  const invitations = useInvitations();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const items = invitations.data?.invitations ?? [];
  const list = (
    <List
      size="small"
      style={{ width: 'min(320px, calc(100vw - 32px))', maxHeight: 400, overflowY: 'auto' }}
      dataSource={items}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.invitations.pendingEmpty')} />,
      }}
      data-testid="pending-invitations"
      renderItem={(invitation) => (
        <List.Item
          data-testid="pending-invitation"
          style={{ cursor: 'pointer' }}
          onClick={() => {
            setOpen(false);
            onOpen(invitation.eventId);
          }}
        >
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong ellipsis>
              {invitation.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatRange(invitation.start, invitation.end, i18n.language)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.invitations.from', { name: invitation.organizer.name })}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
  return (
    <Popover content={list} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={items.length} size="small" offset={[-4, 4]}>
        <Button
          type={isPhone ? 'text' : 'default'}
          icon={<MailOutlined />}
          data-testid="invitations-button"
          data-count={items.length}
          aria-label={`${t('calendar.invitations.pending')} (${items.length})`}
        >
          {isPhone ? undefined : t('calendar.invitations.pending')}
        </Button>
      </Badge>
    </Popover>
  );
}
