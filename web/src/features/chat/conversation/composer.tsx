import { CloseOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Mentions, theme, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery, peopleQuery } from '../../../shared/api/org-queries';
import { lookUpMentionAfterComposition } from '../../../shared/ui/mention-composition';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useTouchScreen } from '../../../shared/ui/use-touch-screen';
import type { Message } from '../api/messages';
import { bodyBytes, MAX_BODY_BYTES, sendMessage } from '../api/outbox';
import { reportTyping } from '../realtime/typing';
import { takeUploaded, useUploads } from '../api/uploads';
import { usePersonName } from '../use-channel-title';
import { AttachButton, UploadTray, useAddFiles } from './message-attachments';

interface ComposerProps {
  channelId: string;
  placeholder: string;
  /** Why I cannot post here (archived, a broadcast channel); shown instead of the composer. */
  disabledReason?: string;
  /** Set in a thread pane: the message goes into this thread, and may also go to the channel. */
  threadRootId?: string;
  quoting?: Message;
  onQuoteDone?: () => void;
  /** Whether I may notify everyone with @all / @channel (the channel's mention policy). */
  canMentionAll: boolean;
}

/**
 * Enter sends, Shift+Enter starts a new line; an IME composition's Enter is left to the IME, and so
 * is an Enter that picks a mention. A picked mention shows as `@name` and is sent as its token.
 */
export function Composer({
  channelId,
  placeholder,
  disabledReason,
  threadRootId,
  quoting,
  onQuoteDone,
  canMentionAll,
}: ComposerProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [alsoToChannel, setAlsoToChannel] = useState(false);
  // an on-screen keyboard has no Shift+Enter to hint at
  const touch = useTouchScreen();
  const mentions = useMentionOptions(canMentionAll);
  const popups = useRef<HTMLDivElement>(null);
  const uploads = useUploads(channelId);
  const addFiles = useAddFiles(channelId);
  const tooLong = bodyBytes(text) > MAX_BODY_BYTES;
  // a message may be files only; it waits until every upload has finished
  const uploading = uploads.some((upload) => upload.status === 'uploading');
  const empty = text.trim().length === 0 && !uploads.some((upload) => upload.status === 'done');

  const send = () => {
    if (empty || tooLong || uploading) return;
    sendMessage(queryClient, channelId, mentions.toTokens(text), takeUploaded(channelId), {
      threadRootId,
      alsoSendToChannel: threadRootId ? alsoToChannel : undefined,
      quotedMessageId: quoting?.id,
    });
    setText('');
    onQuoteDone?.();
  };

  if (disabledReason) {
    return (
      <div
        style={{
          padding: '12px 16px',
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          background: token.colorFillQuaternary,
        }}
      >
        <Typography.Text type="secondary" data-testid="composer-disabled" role="status">
          {disabledReason}
        </Typography.Text>
      </div>
    );
  }

  return (
    <div
      style={{
        padding: '8px 16px 12px',
        borderTop: `1px solid ${token.colorBorderSecondary}`,
        background: token.colorBgContainer,
      }}
    >
      {quoting && <QuotingBar message={quoting} onCancel={() => onQuoteDone?.()} />}
      <UploadTray channelId={channelId} />
      <div ref={popups} style={{ position: 'relative' }} />
      <Flex gap={8} align="flex-end">
        <AttachButton channelId={channelId} />
        <Mentions
          value={text}
          onChange={(value) => {
            setText(value);
            if (value.trim().length > 0) reportTyping(channelId);
          }}
          onSearch={mentions.search}
          onSelect={(option) => mentions.picked(String(option.value))}
          options={mentions.options}
          filterOption={false}
          placement="top"
          getPopupContainer={() => popups.current ?? document.body}
          onKeyDown={(event) => {
            const picking = popups.current?.querySelector('.ant-mentions-dropdown:not(.ant-mentions-dropdown-hidden)');
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && !picking) {
              event.preventDefault();
              send();
            }
          }}
          onCompositionEnd={lookUpMentionAfterComposition}
          onPaste={(event) => {
            const files = Array.from(event.clipboardData.files);
            if (files.length > 0) {
              event.preventDefault();
              addFiles(files);
            }
          }}
          placeholder={placeholder}
          aria-label={placeholder}
          autoSize={{ minRows: 1, maxRows: 8 }}
          status={tooLong ? 'error' : undefined}
          data-testid="composer"
        />
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={send}
          disabled={empty || tooLong || uploading}
          aria-label={t('chat.send')}
          data-testid="composer-send"
        />
      </Flex>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text
          type={tooLong ? 'danger' : 'secondary'}
          style={{ fontSize: 12 }}
          role={tooLong ? 'alert' : undefined}
        >
          {tooLong
            ? t('errors.chat.message-too-long')
            : uploading
              ? t('files.waitForUploads')
              : touch
                ? null
                : t('chat.composerHint')}
        </Typography.Text>
        {threadRootId && (
          <Checkbox
            checked={alsoToChannel}
            onChange={(event) => setAlsoToChannel(event.target.checked)}
            data-testid="also-send-to-channel"
            style={{ fontSize: 12 }}
          >
            {t('chatMessage.alsoSendToChannel')}
          </Checkbox>
        )}
      </Flex>
    </div>
  );
}

function QuotingBar({ message, onCancel }: { message: Message; onCancel: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const author = usePersonName(message.authorId).name;
  return (
    <Flex
      align="center"
      gap={8}
      data-testid="composer-quoting"
      style={{
        marginBottom: 6,
        padding: '2px 8px',
        borderInlineStart: `3px solid ${token.colorPrimary}`,
        background: token.colorFillQuaternary,
      }}
    >
      <Typography.Text ellipsis style={{ flex: 1, fontSize: 12 }}>
        {t('chatMessage.quoting', { name: author })}: {message.body}
      </Typography.Text>
      <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('common.cancel')} onClick={onCancel} />
    </Flex>
  );
}

/**
 * Suggestions after "@": everyone (where the channel lets me), departments, and people found by the
 * directory's search. Where I may not use @all, a typed "@all" stays plain text.
 */
function useMentionOptions(canMentionAll: boolean) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const people = useQuery({ ...peopleQuery({ q, size: 8 }), enabled: q.length > 0 });
  const departments = useQuery(departmentsQuery);
  /** What a picked suggestion looks like in the text ("@王芳") and the token it is sent as. */
  const picked = useRef(new Map<string, string>());
  const candidates = new Map<string, string>();
  const lower = q.toLowerCase();

  const options: { value: string; label: React.ReactNode; key: string }[] = [];
  for (const word of canMentionAll ? (['all', 'channel'] as const) : []) {
    if (word.startsWith(lower)) {
      candidates.set(word, `<@${word}>`);
      options.push({
        key: word,
        value: word,
        label: (
          <span data-testid="mention-option">
            @{word} · {t(`chatMessage.mention.${word}`)}
          </span>
        ),
      });
    }
  }
  for (const department of (departments.data ?? [])
    .filter((d) => q.length > 0 && d.name.toLowerCase().includes(lower))
    .slice(0, 4)) {
    candidates.set(department.name, `<@&${department.id}>`);
    options.push({
      key: department.id,
      value: department.name,
      label: (
        <span data-testid="mention-option">
          @{department.name} · {t('chatMessage.mention.department')}
        </span>
      ),
    });
  }
  for (const person of people.data?.items ?? []) {
    candidates.set(person.name, `<@${person.id}>`);
    options.push({
      key: person.id,
      value: person.name,
      label: (
        <Flex gap={6} align="center" data-testid="mention-option">
          <PersonAvatar name={person.name} color={person.avatarColor} size={20} />
          {person.name}
        </Flex>
      ),
    });
  }

  return {
    options,
    search: setSearch,
    picked: (value: string) => {
      const tokenFor = candidates.get(value);
      if (tokenFor) picked.current.set(`@${value}`, tokenFor);
    },
    toTokens: (text: string) => {
      let result = text;
      // longest first, so "@王芳芳" is not taken for "@王芳"
      for (const [shown, tokenFor] of [...picked.current].sort((a, b) => b[0].length - a[0].length)) {
        result = result.split(shown).join(tokenFor);
      }
      picked.current.clear();
      return canMentionAll ? result.replace(/(^|\s)@(all|channel)(?=\s|$)/g, '$1<@$2>') : result;
    },
  };
}
