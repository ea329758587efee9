import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useGrants, useReplaceGrants } from '../api/space-settings';
import type { SpaceGrant, SpaceRole } from '../api/types';
import { PrincipalLabel, PrincipalPicker, samePrincipal, type Principal } from './principal';

const ROLES: SpaceRole[] = ['READ', 'EDIT', 'ADMIN'];

/**
 * "Who may read, edit or administer": each grant in plain words with its role, changed or removed
 * at once; a department, a person or the whole company added with a role. Every change replaces
 * the grants as a whole, so the server's rules (an administrator must remain) decide.
 */
export function GrantsEditor({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const grants = useGrants(spaceId, true);
  const replace = useReplaceGrants(spaceId);
  const onProblem = useProblemHandler();
  const [role, setRole] = useState<SpaceRole>('READ');
  const roleOptions = ROLES.map((value) => ({ value, label: t(`docs.role.${value}`) }));

  if (grants.isLoading) return <Loading />;
  if (grants.error || !grants.data) return <LoadFailed error={grants.error} onRetry={() => void grants.refetch()} />;
  const current = grants.data;

  const save = (next: SpaceGrant[], before?: SpaceGrant) => {
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
  const change = (grant: SpaceGrant, next: SpaceRole) =>
    save(
      current.map((other) => (other === grant ? { ...grant, role: next } : other)),
      grant,
    );
  const remove = (grant: SpaceGrant) =>
    save(
      current.filter((other) => other !== grant),
      grant,
    );
  const add = (principal: Principal) => {
    const existing = current.find((grant) => samePrincipal(grant, principal));
    save(
      existing
        ? current.map((grant) => (grant === existing ? { ...grant, role } : grant))
        : [...current, { ...principal, role }],
      existing,
    );
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('docs.settings.permissionsHint')}
      </Typography.Paragraph>
      <List
        bordered
        dataSource={current}
        data-testid="space-grants"
        renderItem={(grant) => (
          <List.Item data-testid="space-grant" data-kind={grant.kind}>
            <Flex gap={8} align="center" wrap style={{ width: '100%' }}>
              <div style={{ flex: '1 1 200px', minWidth: 0 }}>
                <PrincipalLabel principal={grant} suffix={t('docs.settings.colon')} />
              </div>
              <Select
                size="small"
                variant="borderless"
                value={grant.role}
                options={roleOptions}
                onChange={(next: SpaceRole) => change(grant, next)}
                disabled={replace.isPending}
                style={{ width: 150 }}
                aria-label={t('docs.settings.permissions')}
                data-testid="space-grant-role"
              />
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('docs.settings.remove')}
                disabled={replace.isPending}
                onClick={() => remove(grant)}
                data-testid="space-grant-remove"
              />
            </Flex>
          </List.Item>
        )}
      />
      <PrincipalPicker
        kinds={['DEPARTMENT', 'PERSON', 'COMPANY']}
        onPick={add}
        disabled={replace.isPending}
        extra={
          <Select
            value={role}
            options={roleOptions}
            onChange={setRole}
            style={{ width: 150 }}
            aria-label={t('docs.settings.permissions')}
            data-testid="grant-role"
          />
        }
      />
    </Flex>
  );
}
