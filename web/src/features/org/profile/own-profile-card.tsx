import { App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type UpdateOwnProfileRequest, usePerson, useUpdateOwnProfile } from '../api/people';

/** The two profile fields people keep up to date themselves; the rest is the administrators' to change. */
export function OwnProfileCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const profile = usePerson(personId);
  const update = useUpdateOwnProfile(personId);
  const [form] = Form.useForm<UpdateOwnProfileRequest>();
  const handleProblem = useProblemHandler();

  if (profile.isLoading) {
    return (
      <Card title={t('account.profile.title')}>
        <Loading />
      </Card>
    );
  }
  if (!profile.data) {
    return <LoadFailed error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const person = profile.data;
  // Empty fields are sent as empty strings: the server reads that as "clear it", and an absent field as "keep it".
  const submit = (values: UpdateOwnProfileRequest) =>
    update.mutate(
      { phone: values.phone?.trim() ?? '', statusText: values.statusText?.trim() ?? '' },
      {
        onSuccess: () => void message.success(t('account.profile.saved')),
        onError: (error) => handleProblem(error, form),
      },
    );

  return (
    <Card title={t('account.profile.title')} data-testid="own-profile">
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('person.name')}>{person.name}</Descriptions.Item>
        <Descriptions.Item label={t('person.email')}>{person.email}</Descriptions.Item>
        <Descriptions.Item label={t('person.department')}>{person.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('person.title')}>{person.title ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ phone: person.phone ?? '', statusText: person.statusText ?? '' }}
        style={{ maxWidth: 480 }}
      >
        <Form.Item name="phone" label={t('person.phone')}>
          <Input type="tel" maxLength={40} autoComplete="tel" data-testid="profile-phone" />
        </Form.Item>
        <Form.Item name="statusText" label={t('person.statusText')} extra={t('account.profile.statusHint')}>
          <Input maxLength={200} showCount data-testid="profile-status" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
