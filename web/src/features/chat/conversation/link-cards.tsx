import { FileTextOutlined, MessageOutlined, NumberOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { PersonAvatar } from '../../../shared/ui/person-avatar';

type Card = components['schemas']['Card'];

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;
/** A Markdown link to a path of this site, as other modules post them (`[title](/announcements/…)`). */
const SITE_LINK_PATTERN = /\]\((\/[^\s<>"')]+)\)/g;
const ATRIUM_PATH =
  /^\/(messages\/[0-9a-f-]{36}(\/\d+)?|directory\/people\/[0-9a-f-]{36}|docs\/(spaces\/[0-9a-f-]{36}\/)?pages\/[0-9a-f-]{36}|announcements\/[0-9a-f-]{36})\/?$/i;

/**
 * Links in a text that point into this Atrium (same origin, or a Markdown link to a site path) at a
 * message, channel, person, document page or announcement.
 */
export function atriumLinks(text: string, origin: string): string[] {
  const found = new Set<string>();
  const sitePaths = [...text.matchAll(SITE_LINK_PATTERN)].map((m) => origin + m[1]);
  for (const raw of [...(text.match(URL_PATTERN) ?? []), ...sitePaths]) {
    // punctuation after a link ends the sentence, not the link
    const match = raw.replace(/[.,;:!?，。；：！？、]+$/u, '');
    try {
      const url = new URL(match);
      if (url.origin === origin && ATRIUM_PATH.test(url.pathname)) found.add(match);
    } catch {
      // not a URL after all
    }
  }
  return [...found].slice(0, 5);
}

/**
 * Cards for a message's links to other Atrium objects, resolved by the server, which leaves out
 * whatever this person may not see (the link then stays just a link).
 */
export function LinkCards({ text }: { text: string }) {
  const urls = atriumLinks(text, window.location.origin);
  const cards = useQuery({
    queryKey: ['unfurl', urls],
    queryFn: () => body(api.POST('/api/v1/unfurl', { body: { urls } })),
    enabled: urls.length > 0,
    staleTime: 60_000,
  });
  if (urls.length === 0 || !cards.data) return null;
  return (
    <Flex vertical gap={6} style={{ marginTop: 4 }}>
      {cards.data.cards.map((card) => (
        <LinkCard key={card.url} card={card} />
      ))}
    </Flex>
  );
}

function LinkCard({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const to = new URL(card.url).pathname;
  let icon: ReactNode;
  let title: ReactNode;
  let detail: ReactNode;
  if (card.kind === 'person' && card.person) {
    icon = <PersonAvatar name={card.person.name} color={card.person.avatarColor} size={32} />;
    title = card.person.name;
    detail = [card.person.title, card.person.departmentName].filter(Boolean).join(' · ');
  } else if (card.kind === 'message' && card.message && card.channel) {
    icon = <MessageOutlined style={{ fontSize: 20, color: token.colorPrimary }} />;
    title = t('chat.card.messageIn', { author: card.message.authorName, channel: card.channel.name ?? '' });
    detail = card.message.excerpt || t('chat.card.attachmentsOnly', { count: card.message.attachmentCount });
  } else if (card.kind === 'page' && card.preview) {
    icon = <FileTextOutlined style={{ fontSize: 20, color: token.colorPrimary }} />;
    title = card.preview.title;
    detail = [card.preview.containerName, card.preview.excerpt].filter(Boolean).join(' · ');
  } else if (card.channel) {
    icon = <NumberOutlined style={{ fontSize: 20, color: token.colorPrimary }} />;
    title = card.channel.name ?? t('chat.directChannel');
    detail = card.channel.topic ?? t('chat.card.channel');
  } else {
    return null;
  }
  return (
    <Link
      to={to}
      data-testid="link-card"
      data-kind={card.kind}
      style={{
        display: 'flex',
        gap: 10,
        alignItems: 'center',
        maxWidth: 420,
        padding: '8px 12px',
        borderInlineStart: `3px solid ${token.colorPrimary}`,
        borderRadius: token.borderRadiusSM,
        background: token.colorFillQuaternary,
        color: token.colorText,
      }}
    >
      {icon}
      <span style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong ellipsis style={{ display: 'block' }}>
          {title}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
          {detail}
        </Typography.Text>
      </span>
    </Link>
  );
}
