import { App, Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { MIN_PASSWORD_LENGTH, useChangePassword } from '../api/password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
  keepApiTokens?: boolean;
}

/**
 * On the account page the person chooses whether their API tokens survive the change; the forced
 * change after an administrator's reset has none to keep (the reset revoked them).
 */
export function ChangePasswordForm({
  onChanged,
  offerToKeepApiTokens = false,
}: {
  onChanged?: () => void;
  offerToKeepApiTokens?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const changePassword = useChangePassword();
  const handleProblem = useProblemHandler();

  const submit = ({ currentPassword, newPassword, keepApiTokens }: Values) =>
    changePassword.mutate(
      { currentPassword, newPassword, keepApiTokens: keepApiTokens ?? false },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.password.changed'));
          onChanged?.();
        },
        onError: (error) => handleProblem(error, form),
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 400 }} disabled={changePassword.isPending}>
      <Form.Item
        name="currentPassword"
        label={t('account.password.current')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.password.new')}
        extra={t('account.password.rule', { count: MIN_PASSWORD_LENGTH })}
        rules={[
          {
            required: true,
            min: MIN_PASSWORD_LENGTH,
            message: t('account.password.rule', { count: MIN_PASSWORD_LENGTH }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('account.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      {offerToKeepApiTokens && (
        <Form.Item name="keepApiTokens" valuePropName="checked" extra={t('account.password.keepApiTokensHint')}>
          <Checkbox data-testid="password-keep-tokens">{t('account.password.keepApiTokens')}</Checkbox>
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={changePassword.isPending} data-testid="password-submit">
        {t('account.password.submit')}
      </Button>
    </Form>
  );
}
