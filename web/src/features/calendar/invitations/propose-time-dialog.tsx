import { FieldTimeOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { EventDetail } from '../api/types';
import { useProposeTime } from './invitations-api';

interface ProposalForm {
  range: [Dayjs, Dayjs];
  note?: string;
}

/** Lets an invitee suggest another time; the organiser sees it with the answers and may take it. */
export function ProposeTimeButton({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ProposalForm>();
  const propose = useProposeTime(event.id);
  const handleProblem = useProblemHandler();
  if (event.allDay) return null;
  const submit = (values: ProposalForm) =>
    propose.mutate(
      {
        start: values.range[0].toISOString(),
        end: values.range[1].toISOString(),
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('calendar.invitations.proposalSent'));
        },
        onError: (error) => handleProblem(error, form),
      },
    );
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<FieldTimeOutlined />}
        style={{ padding: 0 }}
        onClick={() => setOpen(true)}
        data-testid="propose-time"
      >
        {t('calendar.invitations.proposeTime')}
      </Button>
      <Modal
        open={open}
        title={t('calendar.invitations.proposeTime')}
        okText={t('calendar.invitations.sendProposal')}
        onOk={() => form.submit()}
        okButtonProps={{ loading: propose.isPending, 'data-testid': 'proposal-send' }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ range: [dayjs(event.start), dayjs(event.end)] }}
        >
          <Form.Item
            name="range"
            label={t('calendar.invitations.newTime')}
            rules={[{ required: true, message: t('calendar.invitations.newTimeRequired') }]}
          >
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              inputReadOnly
              style={{ width: '100%' }}
              data-testid="proposal-range"
            />
          </Form.Item>
          <Form.Item name="note" label={t('calendar.invitations.note')}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="proposal-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
