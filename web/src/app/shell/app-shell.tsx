import { theme } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { MustReadBanner } from '../../features/announce';
import type { Me } from '../../features/auth';
import { DingAlert } from '../../features/chat';
import { SearchPalette, useSearchShortcut } from '../../features/search';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { BottomTabs } from './bottom-tabs';
import { ModuleRail } from './module-rail';
import { PhoneTopBar } from './phone-top-bar';
import { useAttentionTitle } from './tab-title';

/**
 * Rail | module content on desktop; content between a search bar and a bottom tab bar on phones;
 * search over either (Ctrl+K or its button); unconfirmed must-read announcements in a banner above the content on both.
 */
export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const isPhone = useIsPhone();
  const { token } = theme.useToken();
  useAttentionTitle();
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcut(openSearch);
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: isPhone ? 'column' : 'row',
        height: '100dvh',
        background: token.colorBgLayout,
      }}
    >
      {!isPhone && <ModuleRail me={me} onSearch={openSearch} />}
      <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {isPhone && <PhoneTopBar onSearch={openSearch} />}
        <MustReadBanner />
        <main style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>{children}</main>
      </div>
      {isPhone && <BottomTabs me={me} />}
      <SearchPalette open={searching} onClose={() => setSearching(false)} />
      <DingAlert myId={me.person.id} />
    </div>
  );
}
