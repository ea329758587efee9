import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type MembershipRequest, type PersonProfile, useSetMemberships } from '../api/people';

/** Secondary departments of a person (the primary one is edited with the profile). */
export function MembershipsEditor({ person }: { person: PersonProfile }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberships: MembershipRequest[] }>();
  const save = useSetMemberships(person.id);
  const handleProblem = useProblemHandler();
  const initial = person.memberships
    .filter((membership) => !membership.primary)
    .map(({ departmentId, title }) => ({ departmentId, title }));

  return (
    <Form
      form={form}
      initialValues={{ memberships: initial }}
      onFinish={({ memberships }) => save.mutate(memberships ?? [], { onError: (error) => handleProblem(error, form) })}
      disabled={!person.capabilities.canEdit}
    >
      <Form.List name="memberships">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                <Form.Item
                  name={[field.name, 'departmentId']}
                  rules={[{ required: true, message: t('validation.required') }]}
                  style={{ minWidth: 200 }}
                >
                  <DepartmentSelect />
                </Form.Item>
                <Form.Item name={[field.name, 'title']}>
                  <Input placeholder={t('person.title')} aria-label={t('person.title')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.remove')}
                />
              </Space>
            ))}
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('admin.people.addMembership')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
