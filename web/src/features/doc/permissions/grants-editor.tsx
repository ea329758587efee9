import { App, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GrantsList, type Grant } from '../../../shared/ui/grants/grants-list';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useGrants, useReplaceGrants } from '../api/space-settings';
import type { PrincipalKind, SpaceRole } from '../api/types';

const ROLES: SpaceRole[] = ['READ', 'EDIT', 'ADMIN'];

/**
 * "Who may read, edit or administer" a space, with the shared grants list; changing or removing an
 * administrator's grant asks first, since it may take the space away from whoever holds it.
 */
export function GrantsEditor({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const grants = useGrants(spaceId, true);
  const replace = useReplaceGrants(spaceId);
  const onProblem = useProblemHandler();

  if (grants.isLoading) return <Loading />;
  if (grants.error || !grants.data) return <LoadFailed error={grants.error} onRetry={() => void grants.refetch()} />;

  const save = (next: Grant<SpaceRole, PrincipalKind>[], before?: Grant<SpaceRole, PrincipalKind>) => {
    const send = () => replace.mutateAsync(next).catch((error: unknown) => onProblem(error));
    if (before?.role === 'ADMIN') {
      modal.confirm({
        title: t('docs.settings.adminChangeConfirm'),
        content: t('docs.settings.adminChangeHint'),
        okButtonProps: { 'data-testid': 'admin-change-confirm' },
        onOk: send,
      });
    } else {
      void send();
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('docs.settings.permissionsHint')}
      </Typography.Paragraph>
      <GrantsList
        grants={grants.data}
        roles={ROLES}
        roleLabel={(role) => t(`docs.role.${role}`)}
        kinds={['DEPARTMENT', 'PERSON', 'COMPANY']}
        onSave={save}
        pending={replace.isPending}
        testIdPrefix="space"
      />
    </Flex>
  );
}
