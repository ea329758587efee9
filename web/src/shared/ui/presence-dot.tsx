import { theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../realtime/presence';

/** An avatar with a presence dot at its lower right: green online, yellow away, red do not disturb, grey offline. */
export function WithPresence({
  personId,
  children,
  size = 10,
}: {
  personId?: string;
  children: ReactNode;
  size?: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const status = usePresence(personId);
  const color = {
    online: token.colorSuccess,
    away: token.colorWarning,
    dnd: token.colorError,
    offline: token.colorTextQuaternary,
  }[status];
  return (
    <span style={{ position: 'relative', display: 'inline-flex', flex: 'none' }}>
      {children}
      {personId && (
        <span
          data-testid="presence-dot"
          data-status={status}
          role="img"
          aria-label={t(`presence.${status}`)}
          title={t(`presence.${status}`)}
          style={{
            position: 'absolute',
            right: -1,
            bottom: -1,
            width: size,
            height: size,
            borderRadius: '50%',
            background: color,
            border: `2px solid ${token.colorBgContainer}`,
            boxSizing: 'content-box',
          }}
        />
      )}
    </span>
  );
}
