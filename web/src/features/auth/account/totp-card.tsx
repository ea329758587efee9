import { useQueryClient } from '@tanstack/react-query';
import { Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ME_KEY } from '../api/me';
import { DisableTotpButton } from './disable-totp-button';
import { RecoveryCodes } from './recovery-codes';
import { TotpEnrolment } from './totp-enrolment';

export function TotpCard({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const done = () => {
    setRecoveryCodes(undefined);
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  };
  const body = recoveryCodes ? (
    <RecoveryCodes codes={recoveryCodes} onDone={done} />
  ) : enabled ? (
    <DisableTotpButton />
  ) : (
    <TotpEnrolment onConfirmed={setRecoveryCodes} />
  );
  return (
    <Card
      title={t('account.totp.title')}
      extra={<Tag color={enabled ? 'green' : 'default'}>{enabled ? t('account.totp.on') : t('account.totp.off')}</Tag>}
    >
      <Typography.Paragraph type="secondary">{t('account.totp.description')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
