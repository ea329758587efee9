import { DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ScheduleModalProps {
  open: boolean;
  /** The server's refusal of the chosen time (a time in the past), already translated. */
  error?: string;
  pending: boolean;
  onSchedule: (at: string) => void;
  onClose: () => void;
}

/** Picks when the announcement goes out. The server decides what "past" is; its refusal shows at the field. */
export function ScheduleModal({ open, error, pending, onSchedule, onClose }: ScheduleModalProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState<Dayjs | null>(null);
  return (
    <Modal
      open={open}
      title={t('announce.write.schedule')}
      okText={t('announce.write.scheduleConfirm')}
      okButtonProps={{ disabled: !at, loading: pending, 'data-testid': 'announce-schedule-ok' }}
      onOk={() => at && onSchedule(at.toISOString())}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('announce.write.scheduleAt')}
          validateStatus={error ? 'error' : undefined}
          help={error}
          required
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={at}
            onChange={setAt}
            disabledDate={(day) => day.isBefore(dayjs().startOf('day'))}
            style={{ width: '100%' }}
            data-testid="announce-schedule-at"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
