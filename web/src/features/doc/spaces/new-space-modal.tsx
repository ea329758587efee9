import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateSpace } from '../api/spaces';
import type { CreateSpace, Space, SpaceKind } from '../api/types';

const KINDS: SpaceKind[] = ['PROJECT', 'DEPARTMENT', 'PERSONAL'];

export function NewSpaceModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (space: Space) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateSpace>();
  const kind = Form.useWatch('kind', form);
  const create = useCreateSpace();
  const onProblem = useProblemHandler();

  const submit = (values: CreateSpace) =>
    create.mutate(values, {
      onSuccess: (space) => {
        form.resetFields();
        onClose();
        onCreated(space);
      },
      onError: (error) => onProblem(error, form),
    });

  return (
    <Modal
      open={open}
      title={t('docs.space.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'space-create' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'PROJECT' }} onFinish={submit} preserve={false}>
        <Form.Item name="kind" label={t('docs.space.kindLabel')}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((value) => ({ value, label: t(`docs.space.kind.${value}`) }))}
            data-testid="space-kind"
          />
        </Form.Item>
        {kind === 'DEPARTMENT' && (
          <Form.Item
            name="departmentId"
            label={t('docs.space.department')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DepartmentSelect data-testid="space-department" />
          </Form.Item>
        )}
        {kind !== 'PERSONAL' && (
          <Form.Item
            name="name"
            label={t('docs.space.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 80 }]}
          >
            <Input data-testid="space-name" maxLength={80} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('docs.space.description')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
