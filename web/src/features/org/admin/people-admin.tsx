import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { type PersonSummary, usePeople } from '../api/people';
import { CreatePersonModal } from './create-person-modal';
import { PersonDrawer } from './person-drawer';

const PAGE_SIZE = 20;

export function PeopleAdmin() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const q = useDebouncedValue(search.trim());
  const people = usePeople({ q: q || undefined, page, size: PAGE_SIZE });

  return (
    <Card
      title={t('admin.nav.people')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="person-create">
          {t('admin.people.create')}
        </Button>
      }
    >
      <Input.Search
        allowClear
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          setPage(0);
        }}
        placeholder={t('directory.searchPlaceholder')}
        aria-label={t('directory.search')}
        style={{ maxWidth: 360, marginBottom: 16 }}
        data-testid="people-search"
      />
      <Table<PersonSummary>
        rowKey="id"
        loading={people.isFetching}
        dataSource={people.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        onRow={(person) => ({ onClick: () => setOpenId(person.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: people.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            title: t('person.name'),
            dataIndex: 'name',
            render: (_, person) => (
              <Space>
                <PersonAvatar name={person.name} color={person.avatarColor} size="small" />
                <span>
                  {person.name}
                  {!screens.md && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {[person.departmentName, person.title].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  )}
                </span>
              </Space>
            ),
          },
          { title: t('person.email'), dataIndex: 'email', responsive: ['md'] },
          { title: t('person.department'), dataIndex: 'departmentName', responsive: ['md'] },
          { title: t('person.title'), dataIndex: 'title', responsive: ['lg'] },
          {
            title: t('person.status'),
            dataIndex: 'status',
            render: (status: PersonSummary['status']) =>
              status === 'SUSPENDED' ? (
                <Tag color="red">{t('person.suspended')}</Tag>
              ) : (
                <Tag color="green">{t('person.active')}</Tag>
              ),
          },
        ]}
      />
      {creating && <CreatePersonModal onClose={() => setCreating(false)} />}
      {openId && <PersonDrawer id={openId} onClose={() => setOpenId(undefined)} />}
    </Card>
  );
}
