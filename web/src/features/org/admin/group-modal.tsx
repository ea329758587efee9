import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Group, type GroupRequest, useSaveGroup } from '../api/groups';

/** Creates a group, or edits one when `group` is given. */
export function GroupModal({ group, onClose }: { group?: Group; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupRequest>();
  const save = useSaveGroup();
  const handleProblem = useProblemHandler();
  return (
    <Modal
      open
      title={group ? t('admin.groups.edit') : t('admin.groups.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: group?.name, description: group?.description }}
        onFinish={(values) =>
          save.mutate(
            { ...values, id: group?.id },
            { onSuccess: onClose, onError: (error) => handleProblem(error, form) },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('admin.groups.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} data-testid="field-name" />
        </Form.Item>
        <Form.Item name="description" label={t('admin.groups.description')}>
          <Input.TextArea rows={3} maxLength={500} data-testid="field-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
