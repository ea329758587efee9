import { SmileOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, theme, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useToggleReaction } from '../api/message-actions';
import type { Message } from '../api/messages';
import { usePersonName } from '../use-channel-title';

/** One tap on these reacts. */
export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '👀', '🙏'];

/** The picker's curated set: enough for a workplace, no emoji database to download. */
const PICKER = [
  '👍',
  '👎',
  '👏',
  '🙌',
  '🙏',
  '💪',
  '👌',
  '✌️',
  '🤝',
  '👀',
  '❤️',
  '🔥',
  '🎉',
  '✨',
  '⭐',
  '💯',
  '✅',
  '❌',
  '⚠️',
  '❓',
  '😀',
  '😂',
  '🤣',
  '😊',
  '😍',
  '🤔',
  '😮',
  '😢',
  '😭',
  '😅',
  '😎',
  '🥳',
  '😴',
  '🤯',
  '😡',
  '🙈',
  '🚀',
  '💡',
  '📌',
  '☕',
];

/** Chips with counts under a message; tapping one adds or takes back my reaction; hovering shows who. */
export function ReactionChips({ message, myId, disabled }: { message: Message; myId: string; disabled: boolean }) {
  const toggle = useToggle(message);
  if (message.reactions.length === 0) return null;
  return (
    <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid="reactions">
      {message.reactions.map((reaction) => (
        <ReactionChip
          key={reaction.emoji}
          emoji={reaction.emoji}
          personIds={reaction.personIds}
          mine={reaction.personIds.includes(myId)}
          disabled={disabled}
          onToggle={() => toggle(reaction.emoji, !reaction.personIds.includes(myId))}
        />
      ))}
      {!disabled && (
        <EmojiPicker
          onPick={(emoji) =>
            toggle(emoji, !message.reactions.some((r) => r.emoji === emoji && r.personIds.includes(myId)))
          }
          compact
        />
      )}
    </Flex>
  );
}

function ReactionChip({
  emoji,
  personIds,
  mine,
  disabled,
  onToggle,
}: {
  emoji: string;
  personIds: string[];
  mine: boolean;
  disabled: boolean;
  onToggle: () => void;
}) {
  const { token } = theme.useToken();
  return (
    <Tooltip title={<Reactors emoji={emoji} personIds={personIds} />}>
      <button
        type="button"
        data-testid="reaction"
        data-emoji={emoji}
        aria-pressed={mine}
        disabled={disabled}
        onClick={onToggle}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          padding: '0 8px',
          height: 24,
          borderRadius: 12,
          cursor: disabled ? 'default' : 'pointer',
          border: `1px solid ${mine ? token.colorPrimaryBorder : token.colorBorderSecondary}`,
          background: mine ? token.colorPrimaryBg : token.colorFillQuaternary,
          fontSize: 13,
          color: token.colorText,
        }}
      >
        <span>{emoji}</span>
        <span data-testid="reaction-count">{personIds.length}</span>
      </button>
    </Tooltip>
  );
}

function Reactors({ emoji, personIds }: { emoji: string; personIds: string[] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="reactors">
      {t('chatMessage.reactedWith', { emoji })}{' '}
      {personIds.map((id, index) => (
        <span key={id}>
          {index > 0 && '、'}
          <ReactorName id={id} />
        </span>
      ))}
    </span>
  );
}

function ReactorName({ id }: { id: string }) {
  return <>{usePersonName(id).name}</>;
}

export function useToggle(message: Message) {
  const mutation = useToggleReaction();
  const showProblem = useProblemHandler();
  return (emoji: string, add: boolean) =>
    mutation.mutate({ message, emoji, add }, { onError: (error) => showProblem(error) });
}

/** A small button that opens the curated emoji set. */
export function EmojiPicker({ onPick, compact }: { onPick: (emoji: string) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(8, 32px)', gap: 2 }} data-testid="emoji-picker">
          {PICKER.map((emoji) => (
            <Button
              key={emoji}
              type="text"
              size="small"
              style={{ fontSize: 18, width: 32, height: 32, padding: 0 }}
              aria-label={emoji}
              onClick={() => {
                setOpen(false);
                onPick(emoji);
              }}
            >
              {emoji}
            </Button>
          ))}
        </div>
      }
    >
      <Button
        size="small"
        type={compact ? 'text' : 'text'}
        shape={compact ? 'round' : undefined}
        icon={<SmileOutlined />}
        aria-label={t('chatMessage.addReaction')}
        data-testid="reaction-add"
      />
    </Popover>
  );
}
