import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useDisableTotp } from '../api/totp';

export function DisableTotpButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const disable = useDisableTotp();
  const handleProblem = useProblemHandler();

  const submit = ({ password }: { password: string }) =>
    disable.mutate(password, {
      onSuccess: () => {
        setOpen(false);
        void message.success(t('account.totp.disabled'));
      },
      onError: (error) => handleProblem(error, form),
    });

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="totp-disable">
        {t('account.totp.disable')}
      </Button>
      <Modal
        open={open}
        title={t('account.totp.disable')}
        okText={t('account.totp.disable')}
        okButtonProps={{ danger: true, loading: disable.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('account.totp.disableHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="password"
            label={t('account.totp.passwordToDisable')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="field-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
