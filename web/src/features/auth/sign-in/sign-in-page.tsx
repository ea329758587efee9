import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './sign-in-form';

/** The public sign-in screen; `languageSwitch` is supplied by the shell. */
export function SignInPage({ onSignedIn, languageSwitch }: { onSignedIn: () => void; languageSwitch: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          {languageSwitch}
        </Flex>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        <SignInForm onSignedIn={onSignedIn} />
      </Card>
    </Flex>
  );
}
