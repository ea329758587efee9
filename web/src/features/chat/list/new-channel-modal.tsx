import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type CreateChannel, useCreateChannel } from '../api/channels';

export function NewChannelModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateChannel>();
  const create = useCreateChannel();
  const showProblem = useProblemHandler();

  const submit = (values: CreateChannel) =>
    create.mutate(values, {
      onSuccess: (channel) => {
        form.resetFields();
        onClose();
        onCreated(channel.id);
      },
      onError: (error) => showProblem(error, form),
    });

  return (
    <Modal
      open={open}
      title={t('chat.newChannel')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'PUBLIC' }}>
        <Form.Item name="name" label={t('chat.channelName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={80} data-testid="field-channel-name" autoFocus />
        </Form.Item>
        <Form.Item name="topic" label={t('chat.topic')}>
          <Input maxLength={250} />
        </Form.Item>
        <Form.Item name="kind" label={t('chat.visibility')}>
          <Radio.Group
            options={[
              { value: 'PUBLIC', label: t('chat.public') },
              { value: 'PRIVATE', label: t('chat.private') },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
