import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../features/auth';
import { useUnreadTotal } from '../../features/chat';
import { useUnreadNotifications } from '../../features/notify';
import { PersonAvatar } from '../../shared/ui/person-avatar';
import { isActive, PHONE_TABS, phoneMeItems } from './nav-items';

// no side padding: six tabs share 360 px, 60 each; the notifications tab says "Activity" in English,
// as Slack's phone app does ("Notifications" needed 72 in one font and more in others), and the
// announcements tab "Notices" (`nav.<key>Tab` where a module's name is too long for a tab)
const tabStyle = {
  flex: '1 1 0',
  minWidth: 0,
  height: 56,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: 2,
  fontSize: 12,
} as const;

/**
 * The phone's replacement for the rail: at most six tabs, so each label fits at 360 px. Modules
 * without a tab (directory, administration, account) are on the Me screen, whose tab stays lit
 * there; search is in the bar over the screen (`PhoneTopBar`).
 */
export function BottomTabs({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const unreadMessages = useUnreadTotal();
  const unreadNotifications = useUnreadNotifications();
  const onMe = pathname === '/me' || phoneMeItems(me).some((item) => isActive(item, pathname));

  // test ids as on the rail (rail-messages), so a flow reads the same on either
  const tab = (testId: string, label: string, icon: ReactNode, active: boolean, onClick: () => void, badge = 0) => (
    <Button
      key={testId}
      type="text"
      aria-current={active ? 'page' : undefined}
      data-testid={testId}
      onClick={onClick}
      style={{ ...tabStyle, color: active ? token.colorPrimary : token.colorTextSecondary }}
    >
      <Badge count={badge} size="small" overflowCount={99} offset={[4, 0]} data-testid={`${testId}-badge`}>
        <span
          style={{
            height: 22,
            display: 'flex',
            alignItems: 'center',
            fontSize: 20,
            color: active ? token.colorPrimary : token.colorTextSecondary,
          }}
        >
          {icon}
        </span>
      </Badge>
      <span style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {label}
      </span>
    </Button>
  );

  return (
    <Flex
      component="nav"
      aria-label={t('shell.modules')}
      data-testid="bottom-tabs"
      style={{ borderTop: `1px solid ${token.colorBorderSecondary}`, background: token.colorBgContainer, flex: 'none' }}
    >
      {PHONE_TABS.map((item) =>
        tab(
          `rail-${item.key}`,
          t([`nav.${item.key}Tab`, `nav.${item.key}`]),
          item.icon,
          isActive(item, pathname),
          () => void navigate(item.path),
          item.key === 'messages' ? unreadMessages : 0,
        ),
      )}
      {tab(
        'tab-notifications',
        t('nav.notificationsTab'),
        <BellOutlined />,
        pathname === '/notifications',
        () => void navigate('/notifications'),
        unreadNotifications,
      )}
      {tab(
        'tab-me',
        t('nav.me'),
        <PersonAvatar name={me.person.name} color={me.person.avatarColor} size={20} />,
        onMe,
        () => void navigate('/me'),
      )}
    </Flex>
  );
}
