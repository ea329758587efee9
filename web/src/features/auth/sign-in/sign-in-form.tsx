import { LockOutlined, MailOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, isProblem } from '../../../shared/api/problem';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { type SignInRequest, useSignIn } from '../api/me';

type Step = 'password' | 'totp' | 'recovery';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInRequest>();
  const [step, setStep] = useState<Step>('password');
  const signIn = useSignIn();

  const submit = (values: SignInRequest) => {
    const request: SignInRequest = {
      login: values.login.trim(),
      password: values.password,
      totpCode: step === 'totp' ? values.totpCode : undefined,
      recoveryCode: step === 'recovery' ? values.recoveryCode?.trim() : undefined,
    };
    signIn.mutate(request, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isProblem(error, 'auth.mfa-required') && step === 'password') {
          setStep('totp');
          signIn.reset();
        }
      },
    });
  };

  const error = signIn.error instanceof ApiProblem ? signIn.error : undefined;
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={signIn.isPending}>
      {error && (
        <Alert type="error" showIcon title={problemMessage(error, t)} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form.Item name="login" label={t('signIn.email')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input
          prefix={<MailOutlined />}
          inputMode="email"
          autoComplete="username"
          data-testid="signin-email"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('signIn.password')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="signin-password" />
      </Form.Item>
      {step === 'totp' && (
        <Form.Item
          name="totpCode"
          label={t('signIn.totpCode')}
          extra={t('signIn.totpHint')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('validation.sixDigits') }]}
        >
          <Input
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            data-testid="signin-totp"
          />
        </Form.Item>
      )}
      {step === 'recovery' && (
        <Form.Item
          name="recoveryCode"
          label={t('signIn.recoveryCode')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input autoComplete="off" autoFocus data-testid="signin-recovery" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="signin-submit">
        {t('signIn.submit')}
      </Button>
      {step !== 'password' && (
        <Button
          type="link"
          block
          onClick={() => setStep(step === 'totp' ? 'recovery' : 'totp')}
          style={{ marginTop: 8 }}
        >
          {step === 'totp' ? t('signIn.useRecoveryCode') : t('signIn.useTotpCode')}
        </Button>
      )}
    </Form>
  );
}
