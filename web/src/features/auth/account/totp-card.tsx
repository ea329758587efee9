import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ME_KEY } from '../api/me';
import type { TotpEnrolment as Enrolment } from '../api/totp';
import { DisableTotpButton } from './disable-totp-button';
import { RecoveryCodes } from './recovery-codes';
import { ReplaceTotpButton } from './replace-totp-button';
import { TotpEnrolment } from './totp-enrolment';

export function TotpCard({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [replacement, setReplacement] = useState<Enrolment>();
  const done = () => {
    setRecoveryCodes(undefined);
    setReplacement(undefined);
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  };
  let body;
  if (recoveryCodes) {
    body = <RecoveryCodes codes={recoveryCodes} onDone={done} />;
  } else if (replacement) {
    body = <TotpEnrolment started={replacement} onConfirmed={setRecoveryCodes} />;
  } else if (enabled) {
    body = (
      <Flex gap={8} wrap>
        <ReplaceTotpButton onStarted={setReplacement} />
        <DisableTotpButton />
      </Flex>
    );
  } else {
    body = <TotpEnrolment onConfirmed={setRecoveryCodes} />;
  }
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
