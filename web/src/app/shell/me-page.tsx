import { RightOutlined } from '@ant-design/icons';
import { Flex, Menu, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../features/auth';
import { PersonAvatar } from '../../shared/ui/person-avatar';
import { phoneMeItems } from './nav-items';
import { useUserMenuItems } from './user-menu';

/**
 * The phone's Me tab: who I am, the modules without a tab (directory, administration, account)
 * and what the desktop's avatar menu holds (language, sign-out).
 */
export function MePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const menuItems = useUserMenuItems(me).filter((item) => item?.key !== 'account');
  return (
    <Flex vertical style={{ minHeight: '100%', background: token.colorBgContainer }} data-testid="me-page">
      <Flex align="center" gap={12} style={{ padding: 16, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <PersonAvatar name={me.person.name} color={me.person.avatarColor} size={48} />
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis>
            {me.person.name}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis>
            {me.person.email}
          </Typography.Text>
        </Flex>
      </Flex>
      <Menu
        mode="inline"
        selectable={false}
        style={{ borderInlineEnd: 'none' }}
        items={[
          ...phoneMeItems(me).map((item) => ({
            key: item.key,
            icon: item.icon,
            label: (
              <Flex justify="space-between" align="center" data-testid={`me-${item.key}`}>
                {t(item.key === 'account' ? 'shell.accountSecurity' : `nav.${item.key}`)}
                <RightOutlined style={{ fontSize: 12, color: token.colorTextTertiary }} />
              </Flex>
            ),
            onClick: () => void navigate(item.path),
          })),
          { type: 'divider' as const },
          ...menuItems,
        ]}
      />
    </Flex>
  );
}
