import { CheckOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, InputNumber, Select, Spin, Tag, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFree, orderRooms, roomFacets } from './room-order';
import { type Room, useRoomSearch } from './rooms-api';

export interface RoomPickerProps {
  /** The meeting's time (ISO instants): rooms say whether they are free then. */
  from: string;
  to: string;
  /** How many people will come: the capacity filter starts there. */
  attendeeCount: number;
  value?: string | null;
  /** The chosen room (null: no room), with its details for the editor to show. */
  onChange?: (roomId: string | null, room?: Room) => void;
}

/**
 * Finds a room for a meeting: free rooms for its time first, filtered by size, building and
 * equipment. A busy room cannot be picked (the one already chosen stays, since the meeting's own
 * booking makes it look busy); rooms that need approval say so before they are picked.
 */
export function RoomPicker({ from, to, attendeeCount, value, onChange }: RoomPickerProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // the size follows the attendees as they are added, until the person sets it
  const [chosenCapacity, setCapacity] = useState<number | null>();
  const capacity = chosenCapacity === undefined ? Math.max(1, attendeeCount) : chosenCapacity;
  const [building, setBuilding] = useState<string>();
  const [equipment, setEquipment] = useState<string[]>([]);
  const all = useRoomSearch({ from, to });
  const filtered = useRoomSearch({ from, to, capacity: capacity ?? undefined, building, equipment });
  const facets = useMemo(() => roomFacets(all.data ?? []), [all.data]);
  const rooms = useMemo(() => orderRooms(filtered.data ?? [], attendeeCount), [filtered.data, attendeeCount]);

  return (
    <Flex vertical gap={8} data-testid="room-picker">
      <Flex gap={8} wrap>
        <InputNumber
          min={1}
          value={capacity}
          onChange={setCapacity}
          prefix={<TeamOutlined />}
          suffix={t('calendar.rooms.people')}
          aria-label={t('calendar.rooms.capacity')}
          style={{ width: 130 }}
          data-testid="room-capacity"
        />
        <Select
          allowClear
          placeholder={t('calendar.rooms.building')}
          value={building}
          onChange={setBuilding}
          options={facets.buildings.map((name) => ({ value: name, label: name }))}
          style={{ minWidth: 130 }}
          data-testid="room-building"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('calendar.rooms.equipment')}
          value={equipment}
          onChange={setEquipment}
          options={facets.equipment.map((name) => ({ value: name, label: name }))}
          style={{ minWidth: 160, flex: 1 }}
          data-testid="room-equipment"
        />
      </Flex>
      <Spin spinning={filtered.isFetching}>
        <Flex
          vertical
          gap={4}
          role="listbox"
          aria-label={t('calendar.rooms.title')}
          style={{ maxHeight: 260, overflowY: 'auto' }}
        >
          {rooms.length === 0 && !filtered.isFetching && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.rooms.none')} />
          )}
          {rooms.map((room) => {
            const chosen = room.id === value;
            const disabled = !isFree(room) && !chosen;
            return (
              <button
                key={room.id}
                type="button"
                role="option"
                aria-selected={chosen}
                disabled={disabled}
                onClick={() => onChange?.(chosen ? null : room.id, chosen ? undefined : room)}
                data-testid="room-option"
                data-room={room.name}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 8,
                  textAlign: 'start',
                  padding: '6px 10px',
                  border: `1px solid ${chosen ? token.colorPrimary : token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  background: chosen ? token.colorPrimaryBg : token.colorBgContainer,
                  color: disabled ? token.colorTextDisabled : token.colorText,
                  cursor: disabled ? 'not-allowed' : 'pointer',
                  font: 'inherit',
                }}
              >
                <span style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong={chosen} disabled={disabled} ellipsis style={{ display: 'block' }}>
                    {room.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                    {[
                      [room.building, room.floor].filter(Boolean).join(' '),
                      t('calendar.rooms.seats', { count: room.capacity }),
                      ...(room.equipment ?? []),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </span>
                {room.needsApproval && (
                  <Tag color="warning" data-testid="room-needs-approval">
                    {t('calendar.rooms.needsApproval')}
                  </Tag>
                )}
                {disabled && <Tag>{t('calendar.rooms.busy')}</Tag>}
                {chosen && <CheckOutlined style={{ color: token.colorPrimary }} />}
              </button>
            );
          })}
        </Flex>
      </Spin>
      {value && (
        <Button size="small" type="link" onClick={() => onChange?.(null)} style={{ alignSelf: 'start', padding: 0 }}>
          {t('calendar.rooms.clear')}
        </Button>
      )}
    </Flex>
  );
}
