import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type TotpEnrolment, useStartTotp } from '../api/totp';

/** Asks for the password before a new authenticator may replace the active one. */
export function ReplaceTotpButton({ onStarted }: { onStarted: (enrolment: TotpEnrolment) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const start = useStartTotp();
  const handleProblem = useProblemHandler();

  const submit = ({ password }: { password: string }) =>
    start.mutate(password, {
      onSuccess: (enrolment) => {
        setOpen(false);
        onStarted(enrolment);
      },
      onError: (error) => handleProblem(error, form),
    });

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="totp-replace">
        {t('account.totp.replace')}
      </Button>
      <Modal
        open={open}
        title={t('account.totp.replace')}
        okText={t('account.totp.continue')}
        okButtonProps={{ loading: start.isPending, 'data-testid': 'totp-replace-continue' }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('account.totp.replaceHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="password"
            label={t('account.totp.passwordToReplace')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="field-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
