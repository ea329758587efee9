import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../shared/api/problem';
import { formatDateTime } from '../../../shared/i18n/format';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { remindersQuery, type ReminderPlan, useRemindNow, useSaveReminders } from '../api/statistics';

/** The server takes at most five reminders, each at most 30 days (720 hours) after publication. */
const SUGGESTED_HOURS = [4, 24, 48, 72, 168];
const MAX_HOURS = 24 * 30;
const MAX_REMINDERS = 5;

function ScheduleForm({ id, saved }: { id: string; saved: ReminderPlan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const save = useSaveReminders(id);
  const [afterHours, setAfterHours] = useState(saved.afterHours);
  const [escalate, setEscalate] = useState(saved.escalateAfterHours ?? null);
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('announce.stats.remindAfter')} extra={t('announce.stats.remindAfterHint')}>
        <Select
          mode="tags"
          value={afterHours.map(String)}
          onChange={(values: string[]) =>
            setAfterHours(
              [
                ...new Set(
                  values.map(Number).filter((hours) => Number.isInteger(hours) && hours > 0 && hours <= MAX_HOURS),
                ),
              ]
                .sort((a, b) => a - b)
                .slice(0, MAX_REMINDERS),
            )
          }
          options={SUGGESTED_HOURS.map((hours) => ({
            value: String(hours),
            label: t('announce.stats.hours', { count: hours }),
          }))}
          data-testid="announce-remind-after"
        />
      </Form.Item>
      <Form.Item label={t('announce.stats.escalate')}>
        <Flex align="center" gap={8} wrap>
          <Switch
            checked={escalate !== null}
            onChange={(on) => setEscalate(on ? 72 : null)}
            data-testid="announce-escalate"
          />
          {escalate !== null && (
            <InputNumber
              min={1}
              max={MAX_HOURS}
              value={escalate}
              onChange={(hours) => setEscalate(hours ?? null)}
              addonAfter={t('announce.stats.hoursUnit')}
              style={{ width: 160 }}
            />
          )}
        </Flex>
      </Form.Item>
      <Button
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            // left out: department heads are never told
            { afterHours, escalateAfterHours: escalate ?? undefined },
            {
              onSuccess: () => void message.success(t('announce.stats.remindersSaved')),
              onError: (error) => onProblem(error),
            },
          )
        }
        data-testid="announce-reminders-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}

/**
 * From when the next manual reminder may be sent: what the last one answered, or what the server's
 * refusal of a click too soon after another (`announce.remind-too-soon`) says.
 */
export function nextReminderAt(answer: { nextAllowedAt: string } | undefined, error: unknown): string | undefined {
  if (answer) return answer.nextAllowedAt;
  if (error instanceof ApiProblem && error.code === 'announce.remind-too-soon') {
    const at = error.body.nextAllowedAt;
    return typeof at === 'string' ? at : undefined;
  }
  return undefined;
}

/** Remind the people who have not read it: now, and on a schedule; and when to tell their department heads. */
export function RemindersCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const onProblem = useProblemHandler();
  const remind = useRemindNow(id);
  const next = nextReminderAt(remind.data, remind.error);
  const schedule = useQuery(remindersQuery(id));
  return (
    <Card size="small" title={t('announce.stats.reminders')}>
      <Flex vertical gap={12}>
        <Flex align="center" gap={8} wrap>
          <Button
            icon={<BellOutlined />}
            loading={remind.isPending}
            onClick={() => remind.mutate(undefined, { onError: (error) => onProblem(error) })}
            data-testid="announce-remind-now"
          >
            {t('announce.stats.remindNow')}
          </Button>
          {remind.data && (
            <Typography.Text type="success" data-testid="announce-reminded">
              {t('announce.stats.reminded', { count: remind.data.reminded })}
            </Typography.Text>
          )}
          {next && (
            <Typography.Text type="secondary" data-testid="announce-remind-next">
              {t('announce.stats.remindNext', { time: formatDateTime(next, i18n.language) })}
            </Typography.Text>
          )}
        </Flex>
        {schedule.data && <ScheduleForm key={JSON.stringify(schedule.data)} id={id} saved={schedule.data} />}
      </Flex>
    </Card>
  );
}
