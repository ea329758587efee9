import { Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateSharedMailbox, useMailDomains } from './mail-admin-api';
import { defaultDomain } from './mail-admin-logic';

interface Values {
  name: string;
  localPart: string;
  domain?: string;
  managers: string[];
}

/** Makes a shared mailbox (hr@) with the people who manage it; they add the others. */
export function SharedMailboxModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateSharedMailbox();
  const domains = useMailDomains();
  const handleProblem = useProblemHandler();
  return (
    <Modal
      open
      title={t('admin.mail.shared.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'mail-shared-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ domain: defaultDomain(domains.data), managers: [] }}
        onFinish={({ managers, ...values }) =>
          create.mutate(
            { ...values, members: managers.map((id) => ({ kind: 'PERSON', id, role: 'MANAGER' })) },
            { onSuccess: onClose, onError: (error) => handleProblem(error, form) },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('admin.mail.shared.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} data-testid="mail-shared-name" />
        </Form.Item>
        <Form.Item label={t('admin.mail.shared.address')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="localPart"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input maxLength={64} aria-label={t('admin.mail.shared.localPart')} data-testid="mail-shared-local" />
            </Form.Item>
            <Form.Item name="domain" noStyle>
              <Select
                aria-label={t('admin.mail.shared.domain')}
                options={(domains.data ?? []).map((d) => ({ value: d.name, label: `@${d.name}` }))}
                style={{ minWidth: 140 }}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="managers"
          label={t('admin.mail.shared.role.MANAGER')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.required') }]}
        >
          <PersonPicker multiple data-testid="mail-shared-managers" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
