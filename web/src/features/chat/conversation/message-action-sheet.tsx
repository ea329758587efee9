import { Button, Drawer, Flex, type MenuProps, theme, Typography } from 'antd';
import type { Message } from '../api/messages';
import { useMessageContext } from './message-context';
import { QUICK_REACTIONS, useToggle } from './reactions';

interface MessageActionSheetProps {
  message: Message;
  open: boolean;
  onClose: () => void;
  /** The same actions as the desktop menu, run by key. */
  items: NonNullable<MenuProps['items']>;
  onAction: (key: string) => void;
  canReact: boolean;
}

type ActionItem = { key: string; icon?: React.ReactNode; label?: React.ReactNode; danger?: boolean };

/**
 * On a touch screen, a long press on a message opens its actions from the bottom of the screen:
 * quick reactions, then every action of the desktop menu in a compact grid, under a line of the
 * message itself, so one sees what one acts on even where the sheet covers it.
 */
export function MessageActionSheet({ message, open, onClose, items, onAction, canReact }: MessageActionSheetProps) {
  const { token } = theme.useToken();
  const context = useMessageContext();
  const react = useToggle(message);
  const run = (key: string) => {
    onClose();
    onAction(key);
  };
  const actions = items.filter(
    (item): item is ActionItem =>
      item !== null && 'key' in item && item.key !== 'react' && !('children' in item && item.children),
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="bottom"
      size="auto"
      closable={false}
      keyboard
      title={
        <Typography.Text type="secondary" ellipsis style={{ fontWeight: 'normal' }} data-testid="message-sheet-preview">
          {message.body}
        </Typography.Text>
      }
      styles={{ body: { padding: '4px 8px 12px' }, header: { padding: '10px 16px' } }}
      rootClassName="message-action-sheet"
      data-testid="message-sheet"
    >
      {canReact && (
        <Flex
          justify="space-around"
          style={{ padding: '4px 0 8px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          {QUICK_REACTIONS.map((emoji) => (
            <Button
              key={emoji}
              type="text"
              size="large"
              aria-label={emoji}
              data-testid={`sheet-react-${emoji}`}
              onClick={() => {
                onClose();
                react(
                  emoji,
                  !message.reactions.some(
                    (reaction) => reaction.emoji === emoji && reaction.personIds.includes(context.myId),
                  ),
                );
              }}
            >
              {emoji}
            </Button>
          ))}
        </Flex>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 4, paddingTop: 8 }}>
        {actions.map((item) => (
          <button
            key={item.key}
            type="button"
            onClick={() => run(item.key)}
            data-testid="message-sheet-action"
            style={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              gap: 6,
              padding: '10px 2px',
              border: 'none',
              borderRadius: token.borderRadius,
              background: 'none',
              font: 'inherit',
              fontSize: 12,
              lineHeight: 1.3,
              cursor: 'pointer',
              color: item.danger ? token.colorError : token.colorText,
            }}
          >
            <span style={{ fontSize: 20 }}>{item.icon}</span>
            {item.label}
          </button>
        ))}
      </div>
    </Drawer>
  );
}
