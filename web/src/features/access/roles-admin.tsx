import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n/format';
import { LoadFailed } from '../../shared/ui/page-state';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { type RoleGrant, useRevokeGrant, useRoleGrants } from './api/role-grants';
import { GrantRoleModal } from './grant-role-modal';

export function RolesAdmin() {
  const { t, i18n } = useTranslation();
  const grants = useRoleGrants();
  const revoke = useRevokeGrant();
  const handleProblem = useProblemHandler();
  const [granting, setGranting] = useState(false);

  if (grants.isError) {
    return <LoadFailed error={grants.error} onRetry={() => void grants.refetch()} />;
  }
  return (
    <Card
      title={t('admin.nav.roles')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setGranting(true)} data-testid="role-grant">
          {t('admin.roles.grant')}
        </Button>
      }
    >
      <Table<RoleGrant>
        rowKey="id"
        loading={grants.isLoading}
        dataSource={grants.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          { title: t('admin.roles.person'), dataIndex: 'personName' },
          {
            title: t('admin.roles.role'),
            dataIndex: 'role',
            render: (role: RoleGrant['role']) => (
              <Tag color={role === 'SYSTEM_ADMIN' ? 'volcano' : 'blue'}>{t(`roles.${role}`)}</Tag>
            ),
          },
          { title: t('admin.roles.department'), dataIndex: 'departmentName', render: (name?: string) => name ?? '—' },
          {
            title: t('admin.roles.grantedAt'),
            dataIndex: 'grantedAt',
            responsive: ['md'],
            render: (at: string) => formatDateTime(at, i18n.language),
          },
          {
            key: 'actions',
            render: (_, grant) => (
              <Popconfirm
                title={t('admin.roles.revokeConfirm', { name: grant.personName })}
                okText={t('common.revoke')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => revoke.mutate(grant.id, { onError: (error) => handleProblem(error) })}
              >
                <Button size="small" danger>
                  {t('common.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {granting && <GrantRoleModal onClose={() => setGranting(false)} />}
    </Card>
  );
}
