import { CheckOutlined } from '@ant-design/icons';
import { Button, Popover, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../api/receipts';
import { usePersonName } from '../use-channel-title';

/** "Read" or "N unread" under my own message; opens who has read it and who has not. */
export function ReceiptMark({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const unread = receipt.unreadBy.length;
  const total = unread + receipt.readBy.length;
  if (total === 0) return null;
  const label =
    unread === 0
      ? t('chat.receipt.read')
      : total === 1
        ? t('chat.receipt.unreadOne')
        : t('chat.receipt.unread', { count: unread });
  return (
    <Popover
      trigger="click"
      title={t('chat.receipt.title')}
      content={
        <div style={{ display: 'flex', gap: 24, maxWidth: 320 }} data-testid="receipt-list">
          <PeopleColumn
            title={t('chat.receipt.readBy', { count: receipt.readBy.length })}
            people={receipt.readBy}
            testId="receipt-read-by"
          />
          <PeopleColumn
            title={t('chat.receipt.unreadBy', { count: unread })}
            people={receipt.unreadBy}
            testId="receipt-unread-by"
          />
        </div>
      }
    >
      <Button
        type="link"
        size="small"
        data-testid="receipt"
        data-unread={unread}
        icon={unread === 0 ? <CheckOutlined /> : undefined}
        style={{
          display: 'flex',
          height: 'auto',
          padding: 0,
          fontSize: 12,
          color: unread === 0 ? token.colorTextTertiary : token.colorPrimary,
        }}
      >
        {label}
      </Button>
    </Popover>
  );
}

function PeopleColumn({ title, people, testId }: { title: string; people: string[]; testId: string }) {
  return (
    <div style={{ minWidth: 100 }} data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      {people.map((id) => (
        <PersonLine key={id} id={id} />
      ))}
    </div>
  );
}

function PersonLine({ id }: { id: string }) {
  const { name } = usePersonName(id);
  return <div>{name}</div>;
}
