import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTypers } from '../realtime/typing';
import { usePersonName } from '../use-channel-title';

/** "Zhang San is typing…" above the composer while someone else types here; it expires by itself. */
export function TypingLine({ channelId }: { channelId: string }) {
  const typers = useTypers(channelId);
  return (
    <div style={{ height: 20, padding: '0 16px', flex: 'none' }} aria-live="polite">
      {typers.length > 0 && <Typers first={typers[0]} others={typers.length - 1} />}
    </div>
  );
}

function Typers({ first, others }: { first: string; others: number }) {
  const { t } = useTranslation();
  const { name } = usePersonName(first);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="typing">
      {others === 0 ? t('chat.typing', { name }) : t('chat.typingMany', { name, count: others })}
    </Typography.Text>
  );
}
