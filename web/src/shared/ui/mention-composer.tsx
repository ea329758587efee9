import { SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Mentions, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleQuery } from '../api/org-queries';
import { lookUpMentionAfterComposition } from './mention-composition';
import { PersonAvatar } from './person-avatar';
import { useDebouncedValue } from './use-debounced-value';

/** A person a text mentions, as the server names them beside it. */
export interface MentionedPerson {
  id: string;
  name: string;
}

/** A mention as a comment stores it. */
export const mentionToken = (personId: string) => `<@${personId}>`;

/** Turns the "@name"s picked from the suggestions into mention tokens, longest first so "@王芳芳" is not taken for "@王芳". */
function withTokens(text: string, picked: Map<string, string>): string {
  let result = text;
  for (const [shown, token] of [...picked].sort((a, b) => b[0].length - a[0].length)) {
    result = result.split(shown).join(token);
  }
  return result;
}

/** Shows the tokens of a comment being edited as "@name" again. */
function withNames(text: string, mentions: MentionedPerson[], picked: Map<string, string>): string {
  let result = text;
  for (const person of mentions) {
    picked.set(`@${person.name}`, mentionToken(person.id));
    result = result.split(mentionToken(person.id)).join(`@${person.name}`);
  }
  return result;
}

export interface MentionComposerProps {
  placeholder: string;
  onSubmit: (body: string) => Promise<unknown>;
  initial?: { body: string; mentions: MentionedPerson[] };
  onCancel?: () => void;
  autoFocus?: boolean;
  testId: string;
  /** The longest text the server keeps, in characters, and what to say past it. */
  maxLength: number;
  tooLongMessage: string;
  sendLabel: string;
}

/**
 * Writes a comment: Enter sends, Shift+Enter starts a new line (an IME's Enter and one picking a
 * mention are left alone); "@" finds people, sent as mention tokens (`<@personId>`). Page comments
 * and task comments use it.
 */
export function MentionComposer({
  placeholder,
  onSubmit,
  initial,
  onCancel,
  autoFocus,
  testId,
  maxLength,
  tooLongMessage,
  sendLabel,
}: MentionComposerProps) {
  const { t } = useTranslation();
  /** What each picked suggestion looks like in the text ("@王芳") and the token it is sent as. */
  const [picked] = useState(() => new Map<string, string>());
  const [text, setText] = useState(() => (initial ? withNames(initial.body, initial.mentions, picked) : ''));
  const [search, setSearch] = useState('');
  const [sending, setSending] = useState(false);
  const q = useDebouncedValue(search.trim());
  const people = useQuery({ ...peopleQuery({ q, size: 8 }), enabled: q.length > 0 });
  const popups = useRef<HTMLDivElement>(null);
  const tooLong = [...text].length > maxLength;
  const empty = text.trim().length === 0;

  const send = () => {
    if (empty || tooLong || sending) return;
    setSending(true);
    onSubmit(withTokens(text, picked)).then(
      () => {
        setSending(false);
        setText('');
        picked.clear();
      },
      () => setSending(false),
    );
  };

  return (
    <div onClick={(event) => event.stopPropagation()}>
      <div ref={popups} style={{ position: 'relative' }} />
      <Mentions
        value={text}
        onChange={setText}
        onSearch={setSearch}
        onSelect={(option) => {
          const person = people.data?.items?.find((candidate) => candidate.name === option.value);
          if (person) picked.set(`@${person.name}`, mentionToken(person.id));
        }}
        options={(people.data?.items ?? []).map((person) => ({
          key: person.id,
          value: person.name,
          label: (
            <Flex gap={6} align="center" data-testid="comment-mention-option">
              <PersonAvatar name={person.name} color={person.avatarColor} size={20} />
              {person.name}
            </Flex>
          ),
        }))}
        filterOption={false}
        onCompositionEnd={lookUpMentionAfterComposition}
        getPopupContainer={() => popups.current ?? document.body}
        onKeyDown={(event) => {
          const picking = popups.current?.querySelector('.ant-mentions-dropdown:not(.ant-mentions-dropdown-hidden)');
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && !picking) {
            event.preventDefault();
            send();
          }
          if (event.key === 'Escape') onCancel?.();
        }}
        placeholder={placeholder}
        aria-label={placeholder}
        autoSize={{ minRows: 1, maxRows: 6 }}
        autoFocus={autoFocus}
        status={tooLong ? 'error' : undefined}
        data-testid={testId}
      />
      <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 4 }}>
        <Typography.Text
          type={tooLong ? 'danger' : 'secondary'}
          style={{ fontSize: 12 }}
          role={tooLong ? 'alert' : undefined}
        >
          {tooLong ? tooLongMessage : ''}
        </Typography.Text>
        <Flex gap={4}>
          {onCancel && (
            <Button size="small" onClick={onCancel} data-testid={`${testId}-cancel`}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="primary"
            size="small"
            icon={<SendOutlined />}
            loading={sending}
            disabled={empty || tooLong}
            onClick={send}
            data-testid={`${testId}-send`}
          >
            {sendLabel}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
