import { App, Button, Divider, Drawer, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type PersonProfile, type UpdatePersonRequest, usePerson, useUpdatePerson } from '../api/people';
import { MembershipsEditor } from './memberships-editor';
import { PersonActions } from './person-actions';
import { PersonFields } from './person-fields';

function EditPersonForm({ person }: { person: PersonProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdatePersonRequest>();
  const update = useUpdatePerson(person.id);
  const handleProblem = useProblemHandler();
  const initialValues: UpdatePersonRequest = {
    name: person.name,
    email: person.email,
    title: person.title,
    phone: person.phone,
    employeeNo: person.employeeNo,
    primaryDepartmentId: person.departmentId,
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={!person.capabilities.canEdit}
      onFinish={(values) =>
        update.mutate(values, {
          onSuccess: () => void message.success(t('common.saved')),
          onError: (error) => handleProblem(error, form),
        })
      }
    >
      <PersonFields creating={false} />
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

export function PersonDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { data: person, isLoading, error, refetch } = usePerson(id);
  return (
    <Drawer
      open
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      title={person?.name ?? t('common.loading')}
      destroyOnHidden
    >
      {isLoading && <Loading />}
      {!isLoading && !person && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {person && (
        <>
          {person.status === 'SUSPENDED' && <Tag color="red">{t('person.suspended')}</Tag>}
          <PersonActions person={person} />
          <Divider />
          <EditPersonForm person={person} key={`${person.id}-${person.departmentId}`} />
          <Divider />
          <Typography.Title level={5}>{t('admin.people.memberships')}</Typography.Title>
          <MembershipsEditor person={person} />
        </>
      )}
    </Drawer>
  );
}
