import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery, groupsQuery } from '../../../shared/api/org-queries';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type MailingList, useDeleteMailingList, useMailingLists } from './mail-admin-api';
import { MailingListModal } from './mailing-list-modal';

/** Mailing lists: each an address reaching a department, a subtree or a group as the org tree holds it. */
export function MailingListsPanel() {
  const { t } = useTranslation();
  const lists = useMailingLists();
  const remove = useDeleteMailingList();
  const departments = useQuery(departmentsQuery);
  const groups = useQuery(groupsQuery);
  const handleProblem = useProblemHandler();
  const [editing, setEditing] = useState<{ list?: MailingList }>();

  if (lists.isError) {
    return <LoadFailed error={lists.error} onRetry={() => void lists.refetch()} />;
  }
  const sourceName = (list: MailingList) =>
    (list.sourceKind === 'GROUP'
      ? groups.data?.find((group) => group.id === list.sourceId)?.name
      : departments.data?.find((department) => department.id === list.sourceId)?.name) ?? t('principal.unknown');
  return (
    <Flex vertical gap={12}>
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="mail-list-create">
          {t('admin.mail.lists.create')}
        </Button>
      </div>
      <Table<MailingList>
        rowKey="id"
        loading={lists.isLoading}
        dataSource={lists.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('admin.mail.lists.empty') }}
        onRow={(list) => ({ 'data-testid': `mail-list-${list.address}` }) as object}
        columns={[
          { title: t('admin.mail.lists.name'), dataIndex: 'name' },
          { title: t('admin.mail.lists.address'), dataIndex: 'address' },
          {
            title: t('admin.mail.lists.source'),
            key: 'source',
            render: (_, list) => `${t(`admin.mail.lists.sourceKind.${list.sourceKind}`)}: ${sourceName(list)}`,
          },
          { title: t('admin.mail.lists.members'), dataIndex: 'members' },
          {
            title: t('admin.mail.lists.posting'),
            dataIndex: 'posting',
            render: (posting: MailingList['posting']) => t(`admin.mail.lists.postingKind.${posting}`),
          },
          {
            key: 'actions',
            render: (_, list) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing({ list })} data-testid="mail-list-edit">
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('admin.mail.lists.deleteConfirm', { name: list.name })}
                  okText={t('admin.mail.lists.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutate(list.id, { onError: (error) => handleProblem(error) })}
                >
                  <Button size="small" danger data-testid="mail-list-delete">
                    {t('admin.mail.lists.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <MailingListModal list={editing.list} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}
