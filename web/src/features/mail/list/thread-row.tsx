import { PaperClipOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Checkbox, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../api/types';
import { listTime, participantsText } from './when';

/** One conversation in a folder: who, subject, the first words, when; bold while unread. */
export function ThreadRow({
  thread,
  open,
  checked,
  onCheck,
  onOpen,
  onStar,
}: {
  thread: ThreadSummary;
  open: boolean;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  onOpen: () => void;
  onStar: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const weight = thread.unread ? 600 : 400;
  return (
    <Flex
      gap={token.marginXS}
      align="flex-start"
      onClick={onOpen}
      data-testid="mail-thread"
      data-unread={thread.unread}
      aria-current={open || undefined}
      style={{
        padding: `${token.paddingXS}px ${token.paddingSM}px`,
        cursor: 'pointer',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: open ? token.colorPrimaryBg : checked ? token.colorFillTertiary : undefined,
      }}
    >
      <Checkbox
        checked={checked}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => onCheck(event.target.checked)}
        aria-label={t('mail.list.select', { subject: thread.subject })}
        style={{ paddingTop: 2 }}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="space-between" gap={token.marginXS}>
          <Typography.Text ellipsis style={{ fontWeight: weight }}>
            {participantsText(thread.participants, thread.count)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {thread.hasAttachments && <PaperClipOutlined style={{ marginInlineEnd: 4 }} />}
            {listTime(thread.lastAt, i18n.language)}
          </Typography.Text>
        </Flex>
        <Flex justify="space-between" gap={token.marginXS}>
          <Typography.Text ellipsis style={{ fontWeight: weight }} data-testid="mail-thread-subject">
            {thread.subject || t('mail.noSubject')}
          </Typography.Text>
          <span
            role="button"
            tabIndex={-1}
            aria-label={t(thread.starred ? 'mail.actions.unstar' : 'mail.actions.star')}
            onClick={(event) => {
              event.stopPropagation();
              onStar();
            }}
            style={{ color: thread.starred ? token.colorWarning : token.colorTextQuaternary }}
          >
            {thread.starred ? <StarFilled /> : <StarOutlined />}
          </span>
        </Flex>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
          {thread.snippet}
        </Typography.Text>
      </div>
    </Flex>
  );
}
