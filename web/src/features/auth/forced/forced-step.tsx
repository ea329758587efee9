import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Typography, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../account/change-password-form';
import { RecoveryCodes } from '../account/recovery-codes';
import { TotpEnrolment } from '../account/totp-enrolment';
import { ME_KEY, type Me, useSignOut } from '../api/me';

/** While the server demands a new password or TOTP enrolment, this is the only screen. */
export function ForcedStep({ me, languageSwitch }: { me: Me; languageSwitch: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const refreshMe = () => void queryClient.invalidateQueries({ queryKey: ME_KEY });

  const passwordStep = me.passwordChangeRequired;
  let content: ReactNode;
  if (passwordStep) {
    content = <ChangePasswordForm onChanged={refreshMe} />;
  } else if (recoveryCodes) {
    content = <RecoveryCodes codes={recoveryCodes} onDone={refreshMe} />;
  } else {
    content = <TotpEnrolment onConfirmed={setRecoveryCodes} />;
  }
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}>
      <Card style={{ width: '100%', maxWidth: 640, alignSelf: 'flex-start', marginTop: '8vh' }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {passwordStep ? t('forced.passwordTitle') : t('forced.totpTitle')}
          </Typography.Title>
          {languageSwitch}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {passwordStep ? t('forced.passwordHint') : t('forced.totpHint')}
        </Typography.Paragraph>
        {content}
        <Button type="link" onClick={() => signOut.mutate()} style={{ paddingInline: 0, marginTop: 16 }}>
          {t('shell.signOut')}
        </Button>
      </Card>
    </Flex>
  );
}
