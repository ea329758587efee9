import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../../shared/ui/page-state';
import { useProblemHandler } from '../../../../shared/ui/use-problem-handler';
import { equipmentLabel } from './equipment';
import { RoomModal } from './room-modal';
import { type Room, useAdminRooms, useArchiveRoom } from './rooms-admin-api';

/** The admin console's rooms: add, edit, archive and restore meeting rooms. */
export function RoomsAdmin() {
  const { t } = useTranslation();
  const rooms = useAdminRooms();
  const archive = useArchiveRoom();
  const handleProblem = useProblemHandler();
  const [editing, setEditing] = useState<{ room?: Room }>();
  const [showArchived, setShowArchived] = useState(false);

  if (rooms.isError) {
    return <LoadFailed error={rooms.error} onRetry={() => void rooms.refetch()} />;
  }
  const shown = (rooms.data?.rooms ?? []).filter((room) => showArchived || !room.archived);
  const setArchived = (room: Room, archived: boolean) =>
    archive.mutate({ id: room.id, archived }, { onError: (error) => handleProblem(error) });
  return (
    <Card
      title={t('admin.nav.rooms')}
      extra={
        <Space wrap>
          <Space>
            <Switch size="small" checked={showArchived} onChange={setShowArchived} data-testid="rooms-show-archived" />
            {t('calendarRooms.admin.showArchived')}
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="room-create">
            {t('calendarRooms.admin.create')}
          </Button>
        </Space>
      }
    >
      <Table<Room>
        rowKey="id"
        loading={rooms.isLoading}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('calendarRooms.admin.empty') }}
        onRow={(room) => ({ 'data-testid': `room-row-${room.name}` }) as object}
        columns={[
          {
            title: t('calendarRooms.admin.name'),
            dataIndex: 'name',
            render: (name: string, room) => (
              <Space>
                {name}
                {room.archived && <Tag>{t('calendarRooms.admin.archived')}</Tag>}
              </Space>
            ),
          },
          { title: t('calendarRooms.admin.building'), dataIndex: 'building' },
          { title: t('calendarRooms.admin.floor'), dataIndex: 'floor' },
          { title: t('calendarRooms.admin.capacity'), dataIndex: 'capacity' },
          {
            title: t('calendarRooms.admin.equipment'),
            dataIndex: 'equipment',
            render: (equipment: string[]) => (
              <Space size={[0, 4]} wrap>
                {equipment.map((item) => (
                  <Tag key={item}>{equipmentLabel(t, item)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('calendarRooms.admin.needsApproval'),
            dataIndex: 'needsApproval',
            render: (needsApproval: boolean) =>
              needsApproval && <CheckOutlined aria-label={t('calendarRooms.admin.needsApproval')} />,
          },
          {
            key: 'actions',
            render: (_, room) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing({ room })} data-testid="room-edit">
                  {t('common.edit')}
                </Button>
                {room.archived ? (
                  <Button size="small" onClick={() => setArchived(room, false)} data-testid="room-restore">
                    {t('calendarRooms.admin.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('calendarRooms.admin.archiveConfirm', { name: room.name })}
                    description={t('calendarRooms.admin.archiveHint')}
                    okText={t('calendarRooms.admin.archive')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => setArchived(room, true)}
                  >
                    <Button size="small" danger data-testid="room-archive">
                      {t('calendarRooms.admin.archive')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <RoomModal room={editing.room} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
