import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/me';
import { ChangePasswordForm } from './change-password-form';
import { SessionsCard } from './sessions-card';
import { TokensCard } from './tokens-card';
import { TotpCard } from './totp-card';

/** `profile` is the organisation's own-profile card, passed in because features do not import each other. */
export function AccountPage({ me, profile }: { me: Me; profile?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880, margin: '0 auto', padding: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      {profile}
      <Card title={t('account.password.title')}>
        <ChangePasswordForm offerToKeepApiTokens />
      </Card>
      <TotpCard enabled={me.mfaEnabled} />
      <SessionsCard />
      <TokensCard />
    </Flex>
  );
}
