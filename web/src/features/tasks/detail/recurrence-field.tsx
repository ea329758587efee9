import { Button, Checkbox, DatePicker, Flex, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task, TaskChange } from '../api/types';
import {
  DEFAULT_RECURRENCE,
  type Frequency,
  fromRRule,
  type Recurrence,
  toRRule,
  weekdayOf,
  WEEKDAYS,
  weekOfMonth,
} from '../recurrence/rrule';

const FREQUENCIES: Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** A rule in words: "Every 2 weeks on Mon, Thu, 10 times". */
function useDescribe() {
  const { t } = useTranslation();
  return (recurrence: Recurrence, due: Date) => {
    const parts = [
      recurrence.interval === 1
        ? t(`tasks.repeat.every.${recurrence.frequency}`)
        : t(`tasks.repeat.everyN.${recurrence.frequency}`, { count: recurrence.interval }),
    ];
    if (recurrence.frequency === 'WEEKLY') {
      const days = recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekdayOf(due)];
      parts.push(
        WEEKDAYS.filter((day) => days.includes(day))
          .map((day) => t(`tasks.weekday.${day}`))
          .join(t('tasks.repeat.and')),
      );
    }
    if (recurrence.frequency === 'MONTHLY') {
      const named = recurrence.named;
      if (named && 'monthDay' in named) parts.push(t('tasks.repeat.onDate', { day: named.monthDay }));
      else {
        const [nth, weekday] = named ? [named.nth, named.weekday] : [weekOfMonth(due), weekdayOf(due)];
        parts.push(
          recurrence.monthlyBy === 'date' && !named
            ? t('tasks.repeat.onDate', { day: due.getDate() })
            : t('tasks.repeat.onWeekday', { nth: t(`tasks.repeat.nth.${nth}`), day: t(`tasks.weekday.${weekday}`) }),
        );
      }
    }
    if (recurrence.end.kind === 'until') parts.push(t('tasks.repeat.until', { date: recurrence.end.date }));
    if (recurrence.end.kind === 'count') parts.push(t('tasks.repeat.times', { count: recurrence.end.count }));
    return parts.join(t('tasks.repeat.separator'));
  };
}

/** How the task repeats (a rule counted from its due date), and the form that changes it. */
export function RecurrenceField({
  task,
  editable,
  onSave,
}: {
  task: Task;
  editable: boolean;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribe();
  const [editing, setEditing] = useState<Recurrence | null>(null);
  const due = task.dueAt ? new Date(task.dueAt) : undefined;
  const current = task.recurrence ? fromRRule(task.recurrence) : undefined;
  const summary = !task.recurrence
    ? t('tasks.repeat.never')
    : current && due
      ? describe(current, due)
      : task.recurrence;
  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text data-testid="task-recurrence">{summary}</Typography.Text>
        {editable && (
          <Button
            size="small"
            disabled={!due}
            onClick={() => setEditing(current ? { ...current, named: undefined } : DEFAULT_RECURRENCE)}
            data-testid="task-recurrence-edit"
          >
            {t('common.edit')}
          </Button>
        )}
        {editable && task.recurrence && (
          <Button
            size="small"
            type="text"
            onClick={() => onSave({ recurrence: null })}
            data-testid="task-recurrence-clear"
          >
            {t('tasks.repeat.stop')}
          </Button>
        )}
      </Flex>
      {editable && !due && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tasks.repeat.needsDue')}
        </Typography.Text>
      )}
      {editing && due && (
        <Modal
          open
          title={t('tasks.repeat.title')}
          onCancel={() => setEditing(null)}
          onOk={() => {
            onSave({ recurrence: toRRule(editing, due) });
            setEditing(null);
          }}
          okButtonProps={{ 'data-testid': 'recurrence-save' }}
        >
          <RecurrenceForm value={editing} due={due} onChange={setEditing} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {describe(editing, due)}
          </Typography.Paragraph>
        </Modal>
      )}
    </Flex>
  );
}

function RecurrenceForm({
  value,
  due,
  onChange,
}: {
  value: Recurrence;
  due: Date;
  onChange: (next: Recurrence) => void;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<Recurrence>) => onChange({ ...value, ...change });
  return (
    <Flex vertical gap={12} data-testid="recurrence-form">
      <Flex align="center" gap={8} wrap>
        {t('tasks.repeat.everyLabel')}
        <InputNumber
          min={1}
          max={99}
          value={value.interval}
          onChange={(interval) => set({ interval: interval ?? 1 })}
          style={{ width: 72 }}
        />
        <Select<Frequency>
          value={value.frequency}
          onChange={(frequency) => set({ frequency })}
          options={FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`tasks.repeat.unit.${frequency}`) }))}
          style={{ width: 110 }}
          data-testid="recurrence-frequency"
        />
      </Flex>
      {value.frequency === 'WEEKLY' && (
        <Checkbox.Group
          value={value.weekdays.length > 0 ? value.weekdays : [weekdayOf(due)]}
          onChange={(days) => set({ weekdays: WEEKDAYS.filter((day) => days.includes(day)) })}
          options={WEEKDAYS.map((day) => ({ value: day, label: t(`tasks.weekday.${day}`) }))}
          data-testid="recurrence-weekdays"
        />
      )}
      {value.frequency === 'MONTHLY' && (
        <Radio.Group
          value={value.monthlyBy}
          onChange={(event) => set({ monthlyBy: event.target.value as Recurrence['monthlyBy'] })}
          options={[
            { value: 'date', label: t('tasks.repeat.onDate', { day: due.getDate() }) },
            {
              value: 'weekday',
              label: t('tasks.repeat.onWeekday', {
                nth: t(`tasks.repeat.nth.${weekOfMonth(due)}`),
                day: t(`tasks.weekday.${weekdayOf(due)}`),
              }),
            },
          ]}
        />
      )}
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('tasks.repeat.ends')}</Typography.Text>
        <Radio.Group
          value={value.end.kind}
          onChange={(event) => {
            const kind = event.target.value as Recurrence['end']['kind'];
            set({
              end:
                kind === 'never'
                  ? { kind }
                  : kind === 'count'
                    ? { kind, count: 10 }
                    : { kind, date: dayjs(due).add(3, 'month').format('YYYY-MM-DD') },
            });
          }}
        >
          <Flex vertical gap={6}>
            <Radio value="never">{t('tasks.repeat.endNever')}</Radio>
            <Radio value="until">
              <Flex align="center" gap={8}>
                {t('tasks.repeat.endUntil')}
                {value.end.kind === 'until' && (
                  <DatePicker
                    size="small"
                    value={dayjs(value.end.date)}
                    allowClear={false}
                    onChange={(date) => date && set({ end: { kind: 'until', date: date.format('YYYY-MM-DD') } })}
                  />
                )}
              </Flex>
            </Radio>
            <Radio value="count">
              <Flex align="center" gap={8}>
                {t('tasks.repeat.endAfter')}
                {value.end.kind === 'count' && (
                  <InputNumber
                    size="small"
                    min={1}
                    max={999}
                    value={value.end.count}
                    onChange={(count) => set({ end: { kind: 'count', count: count ?? 1 } })}
                    style={{ width: 72 }}
                  />
                )}
                {value.end.kind === 'count' && t('tasks.repeat.occurrences')}
              </Flex>
            </Radio>
          </Flex>
        </Radio.Group>
      </Flex>
    </Flex>
  );
}
