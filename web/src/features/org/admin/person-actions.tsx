import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type PersonProfile, useResetPassword, useSuspension } from '../api/people';

export function PersonActions({ person }: { person: PersonProfile }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const suspension = useSuspension(person.id);
  const reset = useResetPassword(person.id);
  const handleProblem = useProblemHandler();
  const suspended = person.status === 'SUSPENDED';

  const resetPassword = () =>
    reset.mutate(undefined, {
      onSuccess: ({ temporaryPassword }) =>
        modal.info({
          title: t('admin.people.temporaryPassword', { name: person.name }),
          content: <OneTimeSecret value={temporaryPassword} testId="temporary-password" />,
          okText: t('common.done'),
        }),
      onError: (error) => handleProblem(error),
    });

  return (
    <Space wrap>
      <Popconfirm
        title={suspended ? t('admin.people.reactivateConfirm') : t('admin.people.suspendConfirm')}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onConfirm={() => suspension.mutate(!suspended, { onError: (error) => handleProblem(error) })}
        disabled={!person.capabilities.canSuspend}
      >
        <Button
          danger={!suspended}
          disabled={!person.capabilities.canSuspend}
          loading={suspension.isPending}
          data-testid="person-suspend"
        >
          {suspended ? t('admin.people.reactivate') : t('admin.people.suspend')}
        </Button>
      </Popconfirm>
      <Popconfirm
        title={t('admin.people.resetConfirm')}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onConfirm={resetPassword}
        disabled={!person.capabilities.canResetPassword}
      >
        <Button
          disabled={!person.capabilities.canResetPassword}
          loading={reset.isPending}
          data-testid="person-reset-password"
        >
          {t('admin.people.resetPassword')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
