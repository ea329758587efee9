import { Checkbox, DatePicker, Flex, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type Frequency,
  NO_REPEAT,
  type Repeat,
  type RepeatEnd,
  type Weekday,
  WEEKDAYS,
  weekdayOf,
  weekOfMonth,
} from '../model/recurrence';

const FREQUENCIES: Frequency[] = ['NONE', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/**
 * How the event repeats: never, daily, weekly on chosen days, monthly on the start's date or
 * weekday, yearly; every n of them; until a day or a number of times. A rule another client wrote
 * that this form cannot show is named as kept until another is chosen.
 */
export function RepeatField({
  value,
  start,
  onChange,
}: {
  value: Repeat | undefined;
  start: Dayjs;
  onChange: (repeat: Repeat) => void;
}) {
  const { t } = useTranslation();
  const repeat = value ?? NO_REPEAT;
  const anchor = { year: start.year(), month: start.month() + 1, day: start.date() };
  const set = (change: Partial<Repeat>) => onChange({ ...repeat, ...change });
  const setEnd = (kind: RepeatEnd['kind']) =>
    set({
      end:
        kind === 'until'
          ? { kind, date: start.add(3, 'month').format('YYYY-MM-DD') }
          : kind === 'count'
            ? { kind, count: 10 }
            : { kind },
    });
  return (
    <Flex vertical gap={8} style={{ width: '100%' }} data-testid="event-repeat">
      <Flex gap={8} wrap align="center">
        <Select<Frequency>
          value={value ? repeat.frequency : undefined}
          placeholder={t('calendar.repeat.kept')}
          onChange={(frequency) => set({ frequency })}
          options={FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`calendar.repeat.${frequency}`) }))}
          style={{ minWidth: 140 }}
          data-testid="event-repeat-frequency"
        />
        {value && repeat.frequency !== 'NONE' && (
          <Flex gap={6} align="center">
            <Typography.Text type="secondary">{t('calendar.repeat.every')}</Typography.Text>
            <InputNumber
              min={1}
              max={99}
              value={repeat.interval}
              onChange={(interval) => set({ interval: interval ?? 1 })}
              style={{ width: 64 }}
            />
            <Typography.Text type="secondary">
              {t(`calendar.repeat.unit.${repeat.frequency}`, { count: repeat.interval })}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
      {value && repeat.frequency === 'WEEKLY' && (
        <Checkbox.Group<Weekday>
          value={repeat.weekdays.length > 0 ? repeat.weekdays : [weekdayOf(anchor)]}
          onChange={(weekdays) => set({ weekdays })}
          options={WEEKDAYS.map((day) => ({ value: day, label: t(`calendar.weekday.${day}`) }))}
        />
      )}
      {value && repeat.frequency === 'MONTHLY' && (
        <Radio.Group
          value={repeat.monthlyBy}
          onChange={(event) => set({ monthlyBy: event.target.value as Repeat['monthlyBy'] })}
          options={[
            { value: 'date', label: t('calendar.repeat.onDate', { day: anchor.day }) },
            {
              value: 'weekday',
              label: t('calendar.repeat.onWeekday', {
                nth: t(`calendar.repeat.nth.${weekOfMonth(anchor)}`),
                day: t(`calendar.weekday.${weekdayOf(anchor)}`),
              }),
            },
          ]}
        />
      )}
      {value && repeat.frequency !== 'NONE' && (
        <Flex gap={8} wrap align="center">
          <Select<RepeatEnd['kind']>
            value={repeat.end.kind}
            onChange={setEnd}
            options={(['never', 'until', 'count'] as const).map((kind) => ({
              value: kind,
              label: t(`calendar.repeat.end.${kind}`),
            }))}
            style={{ minWidth: 120 }}
          />
          {repeat.end.kind === 'until' && (
            <DatePicker
              value={dayjs(repeat.end.date)}
              allowClear={false}
              onChange={(date) => date && set({ end: { kind: 'until', date: date.format('YYYY-MM-DD') } })}
            />
          )}
          {repeat.end.kind === 'count' && (
            <InputNumber
              min={1}
              max={999}
              value={repeat.end.count}
              onChange={(count) => set({ end: { kind: 'count', count: count ?? 1 } })}
              addonAfter={t('calendar.repeat.times')}
              style={{ width: 140 }}
            />
          )}
        </Flex>
      )}
    </Flex>
  );
}
