import { Form, Input, Modal } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../shared/lib/department-tree';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Department, useCreateDepartment, useUpdateDepartment } from '../api/departments';

export type DepartmentDialog =
  { kind: 'create'; parent: Department } | { kind: 'rename' | 'move' | 'head'; department: Department };

interface Values {
  name?: string;
  parentId?: string;
  head?: string[];
}

/** One modal for the four department edits; each shows only the fields it needs. */
export function DepartmentModal({
  dialog,
  departments,
  onClose,
}: {
  dialog: DepartmentDialog;
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const handleProblem = useProblemHandler();
  const movingId = dialog.kind === 'move' ? dialog.department.id : undefined;
  const excluded = useMemo(() => (movingId ? subtreeIds(departments, movingId) : undefined), [departments, movingId]);

  const options = { onSuccess: onClose, onError: (error: unknown) => handleProblem(error, form) };
  const submit = (values: Values) => {
    if (dialog.kind === 'create') {
      create.mutate({ name: values.name ?? '', parentId: values.parentId ?? dialog.parent.id }, options);
    } else if (dialog.kind === 'rename') {
      update.mutate({ id: dialog.department.id, name: values.name }, options);
    } else if (dialog.kind === 'move') {
      update.mutate({ id: dialog.department.id, parentId: values.parentId }, options);
    } else {
      const headId = values.head?.[0];
      update.mutate(
        headId ? { id: dialog.department.id, headId } : { id: dialog.department.id, clearHead: true },
        options,
      );
    }
  };
  const initialValues: Values =
    dialog.kind === 'create'
      ? { parentId: dialog.parent.id }
      : {
          name: dialog.department.name,
          parentId: dialog.department.parentId,
          head: dialog.department.headId ? [dialog.department.headId] : [],
        };
  const title =
    dialog.kind === 'create'
      ? t('admin.departments.create')
      : t(`admin.departments.${dialog.kind}`) + ` · ${dialog.department.name}`;

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {(dialog.kind === 'create' || dialog.kind === 'rename') && (
          <Form.Item
            name="name"
            label={t('admin.departments.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input maxLength={100} data-testid="field-name" autoFocus />
          </Form.Item>
        )}
        {(dialog.kind === 'move' || dialog.kind === 'create') && (
          <Form.Item
            name="parentId"
            label={dialog.kind === 'create' ? t('admin.departments.parent') : t('admin.departments.newParent')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DepartmentSelect disabledIds={excluded} data-testid="field-parentId" />
          </Form.Item>
        )}
        {dialog.kind === 'head' && (
          <Form.Item name="head" label={t('admin.departments.head')} extra={t('admin.departments.headHint')}>
            <PersonPicker data-testid="field-headId" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
