import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type CreateChannel, useCreateChannel, useCreateDepartmentChannel } from '../api/channels';

interface NewChannelValues {
  kind: CreateChannel['kind'] | 'DEPARTMENT';
  name?: string;
  topic?: string;
  departmentId?: string;
}

interface NewChannelModalProps {
  open: boolean;
  canCreateDepartmentChannels: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** A public or private channel; for a department's administrator also its department channel. */
export function NewChannelModal({ open, canCreateDepartmentChannels, onClose, onCreated }: NewChannelModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewChannelValues>();
  const kind = Form.useWatch('kind', form);
  const create = useCreateChannel();
  const createForDepartment = useCreateDepartmentChannel();
  const showProblem = useProblemHandler();

  const done = (id: string) => {
    form.resetFields();
    onClose();
    onCreated(id);
  };

  const submit = (values: NewChannelValues) => {
    if (values.kind === 'DEPARTMENT') {
      createForDepartment.mutate(values.departmentId ?? '', {
        onSuccess: (channel) => done(channel.id),
        onError: (error) => showProblem(error, form),
      });
    } else {
      create.mutate(
        { kind: values.kind, name: values.name ?? '', topic: values.topic },
        { onSuccess: (channel) => done(channel.id), onError: (error) => showProblem(error, form) },
      );
    }
  };

  const kinds = [
    { value: 'PUBLIC', label: t('chat.public') },
    { value: 'PRIVATE', label: t('chat.private') },
    ...(canCreateDepartmentChannels
      ? [{ value: 'DEPARTMENT', label: <span data-testid="kind-department">{t('chat.departmentKind')}</span> }]
      : []),
  ];

  return (
    <Modal
      open={open}
      title={t('chat.newChannel')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || createForDepartment.isPending}
      okButtonProps={{ 'data-testid': 'channel-create' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'PUBLIC' }}>
        <Form.Item name="kind" label={t('chat.visibility')}>
          <Radio.Group options={kinds} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
        </Form.Item>
        {kind === 'DEPARTMENT' ? (
          <Form.Item
            name="departmentId"
            label={t('chat.department')}
            extra={t('chat.departmentHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DepartmentSelect data-testid="field-channel-department" />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="name"
              label={t('chat.channelName')}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input maxLength={80} data-testid="field-channel-name" autoFocus />
            </Form.Item>
            <Form.Item name="topic" label={t('chat.topic')}>
              <Input maxLength={250} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
