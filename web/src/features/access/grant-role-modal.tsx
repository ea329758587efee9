import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../shared/ui/department-select';
import { PersonPicker } from '../../shared/ui/person-picker';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { ROLES, type Role, useGrantRole } from './api/role-grants';

interface Values {
  person: string[];
  role: Role;
  departmentId?: string;
}

export function GrantRoleModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const grant = useGrantRole();
  const handleProblem = useProblemHandler();

  const submit = ({ person, role: chosen, departmentId }: Values) =>
    grant.mutate(
      { personId: person[0], role: chosen, departmentId: chosen === 'DEPARTMENT_ADMIN' ? departmentId : undefined },
      { onSuccess: onClose, onError: (error) => handleProblem(error, form) },
    );

  return (
    <Modal
      open
      title={t('admin.roles.grant')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('admin.roles.grant')}
      cancelText={t('common.cancel')}
      confirmLoading={grant.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'DEPARTMENT_ADMIN' }}>
        <Form.Item
          name="person"
          label={t('admin.roles.person')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <PersonPicker data-testid="field-personId" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('admin.roles.role')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} data-testid="field-role" />
        </Form.Item>
        {role === 'DEPARTMENT_ADMIN' && (
          <Form.Item
            name="departmentId"
            label={t('admin.roles.department')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DepartmentSelect data-testid="field-departmentId" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
