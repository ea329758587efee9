import { SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../features/auth';
import { useUnreadTotal } from '../../features/chat';
import { NotificationBell } from '../../features/notify';
import { SEARCH_SHORTCUT } from '../../features/search';
import { PersonAvatar } from '../../shared/ui/person-avatar';
import { RAIL_BACKGROUND } from '../theme';
import { isActive, navItems } from './nav-items';
import { UserMenu } from './user-menu';

const RAIL_WIDTH = 64;

/** The narrow dark column of modules on desktop: search and notifications on top, the user menu at the bottom. */
export function ModuleRail({ me, onSearch }: { me: Me; onSearch: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const unread = useUnreadTotal();
  return (
    <Flex
      vertical
      align="center"
      gap={8}
      component="nav"
      aria-label={t('shell.modules')}
      data-testid="module-rail"
      style={{ width: RAIL_WIDTH, flex: 'none', background: RAIL_BACKGROUND, padding: '12px 0' }}
    >
      <div aria-hidden style={{ color: '#fff', fontWeight: 700, fontSize: 20, marginBottom: 12 }}>
        A
      </div>
      <Tooltip title={`${t('nav.search')} (${SEARCH_SHORTCUT})`} placement="right">
        <Button
          type="text"
          aria-label={t('nav.search')}
          aria-keyshortcuts="Control+K Meta+K"
          data-testid="search-button"
          icon={<SearchOutlined style={{ fontSize: 20 }} />}
          onClick={onSearch}
          style={{
            width: 44,
            height: 44,
            color: pathname === '/search' ? '#fff' : 'rgba(255,255,255,0.6)',
            background: pathname === '/search' ? 'rgba(255,255,255,0.16)' : undefined,
          }}
        />
      </Tooltip>
      <NotificationBell railWidth={RAIL_WIDTH} />
      {navItems(me).map((item) => {
        const active = isActive(item, pathname);
        return (
          <Tooltip key={item.key} title={t(`nav.${item.key}`)} placement="right">
            <Button
              type="text"
              aria-label={t(`nav.${item.key}`)}
              aria-current={active ? 'page' : undefined}
              data-testid={`rail-${item.key}`}
              icon={
                <Badge count={item.key === 'messages' ? unread : 0} size="small" overflowCount={99} offset={[4, -2]}>
                  <span style={{ color: active ? '#fff' : 'rgba(255,255,255,0.6)', fontSize: 20 }}>{item.icon}</span>
                </Badge>
              }
              onClick={() => void navigate(item.path)}
              style={{
                width: 44,
                height: 44,
                fontSize: 20,
                color: active ? '#fff' : 'rgba(255,255,255,0.6)',
                background: active ? 'rgba(255,255,255,0.16)' : undefined,
              }}
            />
          </Tooltip>
        );
      })}
      <div style={{ flex: 1 }} />
      <UserMenu me={me} placement="topLeft">
        <Button
          type="text"
          aria-label={t('shell.userMenu')}
          data-testid="user-menu"
          style={{ width: 44, height: 44, padding: 0 }}
        >
          <PersonAvatar name={me.person.name} color={me.person.avatarColor} />
        </Button>
      </UserMenu>
    </Flex>
  );
}
