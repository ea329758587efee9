import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import type { Hit, Segment } from './api/search';
import { Highlighted } from './highlighted';
import { kindIcon } from './kinds';

interface HitRowProps {
  hit: Hit;
  /** Shown as the row the keyboard or the mouse is on. */
  active?: boolean;
  /** One of the palette's options (with this id), rather than a row in a list of links. */
  optionId?: string;
}

/** One hit: what matched, highlighted, and where it is from (channel, author, date). */
export function HitRow({ hit, active = false, optionId }: HitRowProps) {
  const { token } = theme.useToken();
  const { i18n } = useTranslation();
  const context = [
    hit.containerName && (hit.kind === 'page' ? hit.containerName : `#${hit.containerName}`),
    hit.authorName,
    hit.kind === 'person' ? undefined : formatDate(hit.at, i18n.language),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Flex
      id={optionId}
      role={optionId ? 'option' : undefined}
      aria-selected={optionId ? active : undefined}
      gap={10}
      align="flex-start"
      data-testid="search-hit"
      data-kind={hit.kind}
      style={{
        padding: '8px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        background: active ? token.controlItemBgActive : undefined,
      }}
    >
      <span aria-hidden style={{ color: token.colorTextSecondary, fontSize: 16, lineHeight: '22px', flex: 'none' }}>
        {kindIcon(hit.kind)}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        {hasText(hit.title) && (
          <Typography.Text strong ellipsis style={{ display: 'block' }} data-testid="search-hit-title">
            <Highlighted segments={hit.title} />
          </Typography.Text>
        )}
        {hasText(hit.snippet) && (
          <Typography.Paragraph
            ellipsis={{ rows: 2 }}
            style={{ margin: 0 }}
            type={hasText(hit.title) ? 'secondary' : undefined}
            data-testid="search-hit-snippet"
          >
            <Highlighted segments={hit.snippet} />
          </Typography.Paragraph>
        )}
        {context && (
          <Typography.Text
            type="secondary"
            ellipsis
            style={{ display: 'block', fontSize: 12 }}
            data-testid="search-hit-context"
          >
            {context}
          </Typography.Text>
        )}
      </div>
    </Flex>
  );
}

function hasText(segments: Segment[]): boolean {
  return segments.some((segment) => segment.text.trim() !== '');
}
