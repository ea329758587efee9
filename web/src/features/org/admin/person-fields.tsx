import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../../shared/ui/department-select';

/** The person fields shared by the create and edit forms, named as the API names them. */
export function PersonFields({ creating }: { creating: boolean }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <>
      <Form.Item name="name" label={t('person.name')} rules={required}>
        <Input maxLength={100} data-testid="field-name" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('person.email')}
        rules={[...required, { type: 'email', message: t('validation.email') }]}
      >
        <Input type="email" data-testid="field-email" />
      </Form.Item>
      <Form.Item
        name="primaryDepartmentId"
        label={t('person.department')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DepartmentSelect data-testid="field-primaryDepartmentId" />
      </Form.Item>
      <Form.Item name="title" label={t('person.title')}>
        <Input maxLength={100} data-testid="field-title" />
      </Form.Item>
      <Form.Item name="phone" label={t('person.phone')}>
        <Input type="tel" data-testid="field-phone" />
      </Form.Item>
      <Form.Item name="employeeNo" label={t('person.employeeNo')}>
        <Input data-testid="field-employeeNo" />
      </Form.Item>
      {creating && (
        <Form.Item name="guest" valuePropName="checked">
          <Checkbox data-testid="field-guest">{t('person.guestAccount')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
