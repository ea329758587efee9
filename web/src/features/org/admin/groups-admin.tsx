import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Group, useDeleteGroup, useGroups } from '../api/groups';
import { GroupMembersDrawer } from './group-members-drawer';
import { GroupModal } from './group-modal';

export function GroupsAdmin() {
  const { t } = useTranslation();
  const groups = useGroups();
  const remove = useDeleteGroup();
  const handleProblem = useProblemHandler();
  const [editing, setEditing] = useState<{ group?: Group }>();
  const [membersOf, setMembersOf] = useState<string>();

  if (groups.isError) {
    return <LoadFailed error={groups.error} onRetry={() => void groups.refetch()} />;
  }
  return (
    <Card
      title={t('admin.nav.groups')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="group-create">
          {t('admin.groups.create')}
        </Button>
      }
    >
      <Table<Group>
        rowKey="id"
        loading={groups.isLoading}
        dataSource={groups.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          { title: t('admin.groups.name'), dataIndex: 'name' },
          { title: t('admin.groups.description'), dataIndex: 'description' },
          { title: t('admin.groups.memberCount'), dataIndex: 'memberCount' },
          {
            key: 'actions',
            render: (_, group) => (
              <Space wrap>
                <Button size="small" onClick={() => setMembersOf(group.id)}>
                  {t('admin.groups.members')}
                </Button>
                <Button size="small" disabled={!group.capabilities.canEdit} onClick={() => setEditing({ group })}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('admin.groups.deleteConfirm', { name: group.name })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutate(group.id, { onError: (error) => handleProblem(error) })}
                  disabled={!group.capabilities.canEdit}
                >
                  <Button size="small" danger disabled={!group.capabilities.canEdit}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <GroupModal group={editing.group} onClose={() => setEditing(undefined)} />}
      {membersOf && <GroupMembersDrawer id={membersOf} onClose={() => setMembersOf(undefined)} />}
    </Card>
  );
}
