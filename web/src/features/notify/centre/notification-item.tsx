import { BellOutlined, CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, theme, Tooltip, Typography } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import type { Notification } from '../api/notifications';
import { relativeTime } from '../relative-time';
import { detailText, sentenceParts } from '../sentence';

/** One entry: who did what where, the excerpt, when, and an unread dot; the whole row opens it. */
export function NotificationItem({
  notification,
  now,
  onOpen,
  onToggleRead,
}: {
  notification: Notification;
  now: number;
  onOpen: () => void;
  onToggleRead: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const unread = !notification.readAt;
  const actor = notification.actors[0];
  const { key, values } = sentenceParts(notification, t);
  const detail = detailText(notification, t);
  return (
    <Flex
      gap={12}
      align="flex-start"
      role="button"
      tabIndex={0}
      data-testid="notification-item"
      data-kind={notification.kind}
      data-unread={unread}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen();
      }}
      style={{
        padding: '10px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        background: unread ? token.colorPrimaryBg : undefined,
      }}
    >
      {actor ? (
        <PersonAvatar name={actor.name} color={actor.avatarColor} />
      ) : (
        <span style={{ width: 32, textAlign: 'center', fontSize: 18, color: token.colorTextSecondary }}>
          <BellOutlined />
        </span>
      )}
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text data-testid="notification-sentence">
          <Trans i18nKey={key} values={values} components={{ actor: <strong />, subject: <strong /> }} />
        </Typography.Text>
        {(notification.quote || detail) && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {notification.quote && (
              <span style={{ borderLeft: `3px solid ${token.colorBorder}`, paddingLeft: 6, marginRight: 6 }}>
                {notification.quote}
              </span>
            )}
            {detail}
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <time dateTime={notification.updatedAt}>{relativeTime(notification.updatedAt, i18n.language, now)}</time>
        </Typography.Text>
      </Flex>
      <Flex vertical align="center" gap={4}>
        <span
          aria-label={unread ? t('notify.unread') : undefined}
          data-testid={unread ? 'unread-dot' : undefined}
          style={{
            width: 8,
            height: 8,
            marginTop: 6,
            borderRadius: '50%',
            background: unread ? token.colorPrimary : 'transparent',
          }}
        />
        <Tooltip title={t(unread ? 'notify.markRead' : 'notify.markUnread')}>
          <Button
            type="text"
            size="small"
            aria-label={t(unread ? 'notify.markRead' : 'notify.markUnread')}
            icon={unread ? <CheckOutlined /> : <UndoOutlined />}
            data-testid="notification-toggle-read"
            onClick={(event) => {
              event.stopPropagation();
              onToggleRead();
            }}
          />
        </Tooltip>
      </Flex>
    </Flex>
  );
}
