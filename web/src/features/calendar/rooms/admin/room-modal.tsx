import { Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../shared/ui/use-problem-handler';
import { KNOWN_EQUIPMENT, equipmentLabel } from './equipment';
import { type Room, type WriteRoom, useSaveRoom } from './rooms-admin-api';

/** Adds a room, or edits one when `room` is given. */
export function RoomModal({ room, onClose }: { room?: Room; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WriteRoom>();
  const save = useSaveRoom();
  const handleProblem = useProblemHandler();
  return (
    <Modal
      open
      title={room ? t('calendarRooms.admin.edit') : t('calendarRooms.admin.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'room-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: room?.name,
          building: room?.building,
          floor: room?.floor,
          capacity: room?.capacity ?? 8,
          equipment: room?.equipment ?? [],
          needsApproval: room?.needsApproval ?? false,
        }}
        onFinish={(values) =>
          save.mutate(
            { ...values, id: room?.id },
            { onSuccess: onClose, onError: (error) => handleProblem(error, form) },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('calendarRooms.admin.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} data-testid="room-field-name" />
        </Form.Item>
        <Form.Item name="building" label={t('calendarRooms.admin.building')}>
          <Input maxLength={100} data-testid="room-field-building" />
        </Form.Item>
        <Form.Item name="floor" label={t('calendarRooms.admin.floor')}>
          <Input maxLength={20} data-testid="room-field-floor" />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={t('calendarRooms.admin.capacity')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={1} max={10000} precision={0} data-testid="room-field-capacity" />
        </Form.Item>
        <Form.Item name="equipment" label={t('calendarRooms.admin.equipment')}>
          <Select
            mode="tags"
            maxCount={20}
            data-testid="room-field-equipment"
            options={KNOWN_EQUIPMENT.map((item) => ({ value: item, label: equipmentLabel(t, item) }))}
          />
        </Form.Item>
        <Form.Item name="needsApproval" valuePropName="checked" extra={t('calendarRooms.admin.needsApprovalHint')}>
          <Checkbox data-testid="room-field-approval">{t('calendarRooms.admin.needsApproval')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
