import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type TotpEnrolment as Enrolment, useConfirmTotp, useStartTotp } from '../api/totp';

function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  bytes.forEach((byte) => {
    binary += String.fromCharCode(byte);
  });
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * Start → scan or type the secret → confirm with a code; the caller then shows the recovery codes.
 * A replacement arrives already `started`, since starting it needed the password.
 */
export function TotpEnrolment({
  onConfirmed,
  started,
}: {
  onConfirmed: (recoveryCodes: string[]) => void;
  started?: Enrolment;
}) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | undefined>(started);
  const [form] = Form.useForm<{ code: string }>();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const handleProblem = useProblemHandler();

  if (!enrolment) {
    return (
      <Button
        type="primary"
        loading={start.isPending}
        data-testid="totp-start"
        onClick={() => start.mutate(undefined, { onSuccess: setEnrolment, onError: (error) => handleProblem(error) })}
      >
        {t('account.totp.start')}
      </Button>
    );
  }
  return (
    <Flex gap={24} wrap>
      <img
        src={svgDataUri(enrolment.qrSvg)}
        alt={t('account.totp.qrAlt')}
        width={180}
        height={180}
        style={{ background: '#fff' }}
      />
      <div style={{ flex: '1 1 220px' }}>
        <Typography.Paragraph>{t('account.totp.scan')}</Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ text: enrolment.secret }}
          code
          data-testid="totp-secret"
          style={{ wordBreak: 'break-all' }}
        >
          {enrolment.secret}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={({ code }) =>
            confirm.mutate(code, {
              onSuccess: (result) => onConfirmed(result.recoveryCodes),
              onError: (error) => handleProblem(error, form),
            })
          }
        >
          <Form.Item
            name="code"
            label={t('account.totp.code')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('validation.sixDigits') }]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              style={{ maxWidth: 160 }}
              data-testid="totp-code"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="totp-confirm">
            {t('account.totp.confirm')}
          </Button>
        </Form>
      </div>
    </Flex>
  );
}
