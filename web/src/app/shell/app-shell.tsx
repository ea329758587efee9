import { theme } from 'antd';
import type { ReactNode } from 'react';
import type { Me } from '../../features/auth';
import { useUnreadTitle } from '../../features/chat';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { BottomTabs } from './bottom-tabs';
import { ModuleRail } from './module-rail';

/** Rail | module content on desktop; content over a bottom tab bar on phones. */
export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const isPhone = useIsPhone();
  const { token } = theme.useToken();
  useUnreadTitle('Atrium');
  return (
    <div style={{ display: 'flex', flexDirection: isPhone ? 'column' : 'row', height: '100dvh', background: token.colorBgLayout }}>
      {!isPhone && <ModuleRail me={me} />}
      <main style={{ flex: 1, minWidth: 0, minHeight: 0, overflow: 'auto' }}>{children}</main>
      {isPhone && <BottomTabs me={me} />}
    </div>
  );
}
