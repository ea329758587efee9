import { DatePicker, Flex, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { browserZone, type Task, type TaskChange } from '../api/types';

/** An all-day date is kept as the local midnight that starts it, in the zone it was set in. */
const startOfDay = (value: Dayjs) => value.startOf('day').toISOString();

/** The hours an all-day date gets when it is given a time of day (Feishu's working day). */
const START_HOUR = 9;
const DUE_HOUR = 18;

/** Start and due, each a date or a date and time, and the all-day switch that decides which. */
export function DatesField({
  task,
  editable,
  onSave,
}: {
  task: Task;
  editable: boolean;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const allDay = task.allDay;
  const moment = (value: Dayjs | null) => (value ? (allDay ? startOfDay(value) : value.toISOString()) : null);
  const picker = (which: 'startAt' | 'dueAt') => (
    <DatePicker
      value={task[which] ? dayjs(task[which]) : null}
      showTime={allDay ? false : { format: 'HH:mm', minuteStep: 5 }}
      format={allDay ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm'}
      disabled={!editable}
      placeholder={t(which === 'startAt' ? 'tasks.detail.noStart' : 'tasks.detail.noDue')}
      onChange={(value) => onSave({ [which]: moment(value), allDay, timeZone: browserZone() })}
      style={{ width: '100%', maxWidth: 220 }}
      data-testid={which === 'startAt' ? 'task-start' : 'task-due'}
      inputReadOnly
    />
  );
  const toggle = (next: boolean) => {
    const at = (iso: string | null | undefined, hour: number) => {
      if (!iso) return null;
      return next ? startOfDay(dayjs(iso)) : dayjs(iso).hour(hour).minute(0).second(0).millisecond(0).toISOString();
    };
    onSave({
      allDay: next,
      startAt: at(task.startAt, START_HOUR),
      dueAt: at(task.dueAt, DUE_HOUR),
      timeZone: browserZone(),
    });
  };
  return (
    <Flex vertical gap={6} style={{ width: '100%' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary" style={{ minWidth: 36 }}>
          {t('tasks.detail.start')}
        </Typography.Text>
        {picker('startAt')}
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary" style={{ minWidth: 36 }}>
          {t('tasks.detail.due')}
        </Typography.Text>
        {picker('dueAt')}
      </Flex>
      <Flex gap={8} align="center">
        <Switch size="small" checked={allDay} disabled={!editable} onChange={toggle} data-testid="task-all-day" />
        <Typography.Text>{t('tasks.detail.allDay')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
