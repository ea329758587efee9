import { FileOutlined, MessageOutlined, NumberOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import type { Hit, SearchKind } from './api/search';
import { Highlighted } from './highlighted';

export const KIND_ICONS: Record<SearchKind, ReactNode> = {
  message: <MessageOutlined />,
  file: <FileOutlined />,
  person: <UserOutlined />,
  channel: <NumberOutlined />,
};

interface HitRowProps {
  hit: Hit;
  /** The row the keyboard is on. */
  active?: boolean;
  id?: string;
  onOpen?: () => void;
}

/** One hit: what matched, highlighted, and where it is from (channel, author, date). */
export function HitRow({ hit, active = false, id, onOpen }: HitRowProps) {
  const { token } = theme.useToken();
  const { i18n } = useTranslation();
  const context = [hit.containerName && `#${hit.containerName}`, hit.authorName, hit.kind === 'person' ? undefined : formatDate(hit.at, i18n.language)]
    .filter(Boolean)
    .join(' · ');
  return (
    <Flex
      id={id}
      role="option"
      aria-selected={active}
      gap={10}
      align="flex-start"
      data-testid="search-hit"
      data-kind={hit.kind}
      onClick={onOpen}
      style={{
        padding: '8px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        background: active ? token.controlItemBgActive : undefined,
      }}
    >
      <span aria-hidden style={{ color: token.colorTextSecondary, fontSize: 16, lineHeight: '22px', flex: 'none' }}>
        {KIND_ICONS[hit.kind]}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong ellipsis style={{ display: 'block' }} data-testid="search-hit-title">
          <Highlighted segments={hit.title} />
        </Typography.Text>
        {hit.snippet.length > 0 && (
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: token.colorText }} data-testid="search-hit-snippet">
            <Highlighted segments={hit.snippet} />
          </Typography.Paragraph>
        )}
        {context && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }} data-testid="search-hit-context">
            {context}
          </Typography.Text>
        )}
      </div>
    </Flex>
  );
}
