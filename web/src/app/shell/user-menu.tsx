import { CheckOutlined, LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Dropdown, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Me, useSignOut } from '../../features/auth';
import { LOCALES } from '../../shared/i18n';
import { useLanguage } from '../use-language';

type MenuItems = NonNullable<MenuProps['items']>;

/** Account security, language and sign-out: the desktop's avatar menu and the phone's Me screen both list them. */
export function useUserMenuItems(me: Me): MenuItems {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { locale, setLocale } = useLanguage(me);
  return [
    {
      key: 'account',
      icon: <SafetyCertificateOutlined />,
      label: <span data-testid="menu-account">{t('shell.accountSecurity')}</span>,
      onClick: () => void navigate('/account'),
    },
    {
      key: 'language',
      type: 'group',
      label: <span data-testid="lang-switch">{t('shell.language')}</span>,
      children: LOCALES.map((value) => ({
        key: `lang-${value}`,
        icon: value === locale ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
        label: <span data-testid={`lang-${value}`}>{t(`languages.${value}`)}</span>,
        onClick: () => setLocale(value),
      })),
    },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined />,
      label: <span data-testid="sign-out">{t('shell.signOut')}</span>,
      onClick: () => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') }),
    },
  ];
}

/** Language, account security and sign-out, opened from the user's avatar. */
export function UserMenu({
  me,
  children,
  placement,
}: {
  me: Me;
  children: ReactNode;
  placement: 'topLeft' | 'topRight';
}) {
  const items: MenuItems = [
    { key: 'who', label: <strong>{me.person.name}</strong>, disabled: true },
    { type: 'divider' },
    ...useUserMenuItems(me),
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement={placement}>
      {children}
    </Dropdown>
  );
}
