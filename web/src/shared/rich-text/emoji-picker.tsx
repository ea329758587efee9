import { SmileOutlined } from '@ant-design/icons';
import { Button, Popover, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The emoji people reach for most in work notes; the system picker (Win+. / Ctrl+Cmd+Space) has the rest. */
const EMOJI = [
  '😀',
  '😄',
  '😂',
  '🙂',
  '😉',
  '😍',
  '🤔',
  '😅',
  '😎',
  '😢',
  '😮',
  '🙏',
  '👍',
  '👎',
  '👏',
  '🙌',
  '💪',
  '👀',
  '🎉',
  '🚀',
  '🔥',
  '✨',
  '⭐',
  '💡',
  '📌',
  '📎',
  '📝',
  '📅',
  '⏰',
  '✅',
  '❌',
  '⚠️',
  '❗',
  '❓',
  '🔒',
  '🔑',
  '📈',
  '📉',
  '💬',
  '📣',
  '🐛',
  '🛠️',
  '⚙️',
  '📦',
  '🧪',
  '🏁',
  '❤️',
  '💯',
  '🍵',
  '☕',
  '🌟',
  '🤝',
  '👋',
  '🙋',
];

export function EmojiPicker({ onPick, disabled }: { onPick: (emoji: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const grid = (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(9, 32px)', gap: 2 }} data-testid="emoji-grid">
      {EMOJI.map((emoji) => (
        <Button
          key={emoji}
          type="text"
          size="small"
          style={{ fontSize: 18, width: 32, height: 32, padding: 0 }}
          aria-label={emoji}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onPick(emoji);
            setOpen(false);
          }}
        >
          {emoji}
        </Button>
      ))}
    </div>
  );
  return (
    <Popover content={grid} trigger="click" open={open} onOpenChange={setOpen}>
      <Tooltip title={t('docs.editor.emoji')}>
        <Button
          type="text"
          size="small"
          icon={<SmileOutlined />}
          aria-label={t('docs.editor.emoji')}
          disabled={disabled}
          data-testid="tool-emoji"
        />
      </Tooltip>
    </Popover>
  );
}
