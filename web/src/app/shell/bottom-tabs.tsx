import { SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../features/auth';
import { useUnreadTotal } from '../../features/chat';
import { PersonAvatar } from '../../shared/ui/person-avatar';
import { isActive, navItems } from './nav-items';
import { UserMenu } from './user-menu';

const tabStyle = { flex: 1, height: 56, display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12 } as const;

/** The phone's replacement for the rail. */
export function BottomTabs({ me, onSearch }: { me: Me; onSearch: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const unread = useUnreadTotal();
  return (
    <Flex component="nav" aria-label={t('shell.modules')} data-testid="bottom-tabs" style={{ borderTop: `1px solid ${token.colorBorderSecondary}`, background: token.colorBgContainer, flex: 'none' }}>
      {navItems(me).map((item) => {
        const active = isActive(item, pathname);
        return (
          <Button
            key={item.key}
            type="text"
            aria-current={active ? 'page' : undefined}
            data-testid={`rail-${item.key}`}
            onClick={() => void navigate(item.path)}
            style={{ ...tabStyle, color: active ? token.colorPrimary : token.colorTextSecondary }}
          >
            <Badge count={item.key === 'messages' ? unread : 0} size="small" overflowCount={99} offset={[4, 0]}>
              <span style={{ fontSize: 20, color: active ? token.colorPrimary : token.colorTextSecondary }}>{item.icon}</span>
            </Badge>
            {t(`nav.${item.key}`)}
          </Button>
        );
      })}
      <Button type="text" data-testid="search-button" onClick={onSearch} style={{ ...tabStyle, color: pathname === '/search' ? token.colorPrimary : token.colorTextSecondary }}>
        <span style={{ fontSize: 20 }}>
          <SearchOutlined />
        </span>
        {t('nav.search')}
      </Button>
      <UserMenu me={me} placement="topRight">
        <Button type="text" data-testid="user-menu" style={{ ...tabStyle, color: token.colorTextSecondary }}>
          {/* Sized and boxed like the tab icons so the five labels share one baseline. */}
          <span style={{ height: 22, display: 'flex', alignItems: 'center' }}>
            <PersonAvatar name={me.person.name} color={me.person.avatarColor} size={20} />
          </span>
          {t('nav.me')}
        </Button>
      </UserMenu>
    </Flex>
  );
}
