import { Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type CreateTokenRequest, TOKEN_SCOPES, useCreateToken } from '../api/tokens';

export function CreateTokenModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateTokenRequest>();
  const [secret, setSecret] = useState<string>();
  const create = useCreateToken();
  const handleProblem = useProblemHandler();

  const close = () => {
    setSecret(undefined);
    onClose();
  };
  const submit = (values: CreateTokenRequest) =>
    create.mutate(values, {
      onSuccess: (created) => setSecret(created.secret),
      onError: (error) => handleProblem(error, form),
    });

  return (
    <Modal
      open={open}
      title={t('account.tokens.create')}
      onCancel={close}
      onOk={secret ? close : () => form.submit()}
      okText={secret ? t('common.done') : t('common.create')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'token-submit' }}
      cancelButtonProps={{ style: secret ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {secret ? (
        <OneTimeSecret value={secret} testId="token-secret" />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ scopes: ['read'], expiresInDays: 90 }}
          preserve={false}
        >
          <Form.Item
            name="name"
            label={t('account.tokens.name')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input maxLength={100} data-testid="field-name" />
          </Form.Item>
          <Form.Item
            name="scopes"
            label={t('account.tokens.scopes')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Checkbox.Group
              options={TOKEN_SCOPES.map((scope) => ({ value: scope, label: t(`account.tokens.scope.${scope}`) }))}
              data-testid="field-scopes"
            />
          </Form.Item>
          <Form.Item
            name="expiresInDays"
            label={t('account.tokens.expiresInDays')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={365} precision={0} data-testid="field-expiresInDays" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
