import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type CreatePersonRequest, useCreatePerson } from '../api/people';
import { PersonFields } from './person-fields';

export function CreatePersonModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreatePersonRequest>();
  const [created, setCreated] = useState<{ name: string; password?: string }>();
  const create = useCreatePerson();
  const handleProblem = useProblemHandler();

  const submit = (values: CreatePersonRequest) =>
    create.mutate(values, {
      onSuccess: (result) => setCreated({ name: result.person.name, password: result.initialPassword }),
      onError: (error) => handleProblem(error, form),
    });

  return (
    <Modal
      open
      title={t('admin.people.create')}
      onCancel={onClose}
      onOk={created ? onClose : () => form.submit()}
      okText={created ? t('common.done') : t('common.create')}
      cancelText={t('common.cancel')}
      cancelButtonProps={{ style: created ? { display: 'none' } : undefined }}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {created ? (
        <>
          {created.password ? (
            <>
              <Typography.Paragraph>{t('admin.people.initialPassword', { name: created.name })}</Typography.Paragraph>
              <OneTimeSecret value={created.password} testId="initial-password" />
            </>
          ) : (
            <Typography.Paragraph type="warning">
              {t('admin.people.initialPasswordMissing', { name: created.name })}
            </Typography.Paragraph>
          )}
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <PersonFields creating />
        </Form>
      )}
    </Modal>
  );
}
