import {
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  LinkOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  NumberOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Tag, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../api/client';
import { formatDate } from '../i18n/format';
import type { components } from '../api/schema';
import { PersonAvatar } from '../ui/person-avatar';

export type Card = components['schemas']['Card'];

/** The icons of the kinds this client knows; any other kind (a module added later) gets the neutral one. */
const KIND_ICONS: Record<string, ReactNode> = {
  person: <UserOutlined />,
  message: <MessageOutlined />,
  channel: <NumberOutlined />,
  page: <FileTextOutlined />,
  announcement: <NotificationOutlined />,
  task: <CheckSquareOutlined />,
  event: <CalendarOutlined />,
  mail: <MailOutlined />,
};

export function KindIcon({ kind }: { kind: string }) {
  return <>{KIND_ICONS[kind] ?? <LinkOutlined />}</>;
}

/** The cards the server gives for these links: only for what this person may see, in the order asked. */
export function useUnfurl(urls: string[]) {
  return useQuery({
    queryKey: ['unfurl', urls],
    queryFn: () => body(api.POST('/api/v1/unfurl', { body: { urls } })),
    enabled: urls.length > 0,
    staleTime: 60_000,
  });
}

/** What a card shows: a title and a line of detail, whatever module the object belongs to. */
export function useCardText(card: Card): { title: string; detail: string; kindName: string } {
  const { t, i18n } = useTranslation();
  const kindName = t(`links.kind.${card.kind}`, { defaultValue: '' });
  if (card.person)
    return {
      title: card.person.name,
      detail: [card.person.title, card.person.departmentName].filter(Boolean).join(' · '),
      kindName,
    };
  if (card.message && card.channel)
    return {
      title: t('links.messageIn', { author: card.message.authorName, channel: card.channel.name ?? '' }),
      detail: card.message.excerpt || t('links.attachmentsOnly', { count: card.message.attachmentCount }),
      kindName,
    };
  if (card.channel)
    return {
      title: card.channel.name ?? t('chat.directChannel'),
      detail: card.channel.topic ?? t('links.kind.channel'),
      kindName,
    };
  // a meeting: when (its start in `at`, its end in `due`), where, and how many have accepted
  if (card.kind === 'event' && card.preview)
    return {
      title: card.preview.title,
      detail: [
        card.preview.due ? formatSpan(card.preview.at, card.preview.due, i18n.language) : null,
        card.preview.excerpt,
        card.preview.people.length > 0 ? t('links.accepted', { count: card.preview.people.length }) : null,
        card.preview.containerName,
      ]
        .filter(Boolean)
        .join(' · '),
      kindName,
    };
  // an object with a life of its own (a task): who holds it and when it is due, not its text
  if (card.preview?.state)
    return {
      title: card.preview.title,
      detail: [
        card.preview.people.length > 0 ? card.preview.people.join(', ') : t('links.nobody'),
        card.preview.due ? t('links.due', { date: formatDate(card.preview.due, i18n.language) }) : null,
        card.preview.containerName,
      ]
        .filter(Boolean)
        .join(' · '),
      kindName,
    };
  if (card.preview)
    return {
      title: card.preview.title,
      detail: [card.preview.containerName, card.preview.excerpt].filter(Boolean).join(' · '),
      kindName,
    };
  return { title: card.url, detail: '', kindName };
}

/** A meeting's time, the day named once when it starts and ends on one day. */
function formatSpan(start: string, end: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return format.formatRange(new Date(start), new Date(end));
}

/** The state a card shows: a meeting's only when it is called off, an ordinary one needs no tag. */
function shownState(card: Card): string | undefined {
  const state = card.preview?.state ?? undefined;
  return card.kind === 'event' && state === 'CONFIRMED' ? undefined : state;
}

/**
 * A card for a link to an Atrium object, rendered from its `kind` alone: a person shows their
 * avatar, every other kind its icon (a neutral one for kinds this client does not know yet); an
 * object with a state (a task) shows it first.
 * A plain click opens it through `onOpen` (the client's router), a modified one as the browser would.
 */
export function LinkCard({ card, onOpen }: { card: Card; onOpen: (path: string) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const state = shownState(card);
  const { title, detail, kindName } = useCardText(card);
  const path = new URL(card.url).pathname;
  const icon = card.person ? (
    <PersonAvatar name={card.person.name} color={card.person.avatarColor} size={32} />
  ) : (
    <span style={{ fontSize: 20, color: token.colorPrimary }}>
      <KindIcon kind={card.kind} />
    </span>
  );
  return (
    <a
      href={path}
      data-testid="link-card"
      data-kind={card.kind}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(path);
      }}
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
          {state && (
            <Tag
              color={state === 'DONE' ? 'success' : state === 'CANCELLED' ? 'default' : 'processing'}
              data-testid="link-card-state"
              data-state={state}
            >
              {t(`links.state.${state}`, { defaultValue: state })}
            </Tag>
          )}
          {title}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
          {[kindName, detail].filter(Boolean).join(' · ')}
        </Typography.Text>
      </span>
    </a>
  );
}

/** The cards for a text's links into this Atrium; nothing for links the server has no card for. */
export function LinkCards({ urls, onOpen }: { urls: string[]; onOpen: (path: string) => void }) {
  const cards = useUnfurl(urls);
  if (urls.length === 0 || !cards.data || cards.data.cards.length === 0) return null;
  return (
    <Flex vertical gap={6} style={{ marginTop: 4 }}>
      {cards.data.cards.map((card) => (
        <LinkCard key={card.url} card={card} onOpen={onOpen} />
      ))}
    </Flex>
  );
}

/**
 * The inline form of a card, for a link inside rich text: the kind's icon, the object's title and
 * its kind. Styled by `rich-text.css` (`.link-chip`), since it lives inside the editor's content.
 */
export function LinkChip({ card, onOpen }: { card: Card; onOpen: (path: string) => void }) {
  const { title, kindName } = useCardText(card);
  const path = new URL(card.url).pathname;
  return (
    <a
      href={path}
      className="link-chip"
      data-testid="link-chip"
      data-kind={card.kind}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(path);
      }}
    >
      <KindIcon kind={card.kind} />
      <span className="link-chip-title">{title}</span>
      {kindName && <span className="link-chip-kind">{kindName}</span>}
    </a>
  );
}
