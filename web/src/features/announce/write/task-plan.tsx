import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Form, Input, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { ApiProblem } from '../../../shared/api/problem';

/** The task an announcement gives each recipient on publication, as the editor holds it. */
export interface TaskPlan {
  enabled: boolean;
  title: string;
  due: Dayjs | null;
}

const NO_PLAN: TaskPlan = { enabled: false, title: '', due: null };

/** The announcement's task as stored (none for a new announcement), editable until it is saved. */
export function useTaskPlan(id: string | undefined): [TaskPlan, (plan: TaskPlan) => void] {
  const stored = useQuery({
    queryKey: ['announce', 'task-plan', id],
    queryFn: async () => {
      try {
        return await body(api.GET('/api/v1/announcements/{id}/task', { params: { path: { id: id ?? '' } } }));
      } catch (error) {
        // no task yet is not a problem
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    enabled: id !== undefined,
  });
  // what the author changed, over what is stored
  const [edited, setEdited] = useState<TaskPlan | null>(null);
  const plan =
    edited ??
    (stored.data
      ? { enabled: true, title: stored.data.title, due: stored.data.dueAt ? dayjs(stored.data.dueAt) : null }
      : NO_PLAN);
  return [plan, setEdited];
}

/** Stores the plan with the saved announcement: its task, or none. */
export async function saveTaskPlan(id: string, plan: TaskPlan): Promise<void> {
  const path = { params: { path: { id } } };
  if (plan.enabled && plan.title.trim()) {
    await body(
      api.PUT('/api/v1/announcements/{id}/task', {
        ...path,
        body: {
          title: plan.title.trim(),
          dueAt: plan.due ? plan.due.startOf('day').toISOString() : undefined,
          allDay: plan.due ? true : undefined,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        },
      }),
    );
  } else {
    await api.DELETE('/api/v1/announcements/{id}/task', path);
  }
}

/**
 * "Each recipient gets a task" ("submit your form by Friday"): a title and a due day. Completing
 * the task is the recipient's own and is not confirming the announcement.
 */
export function TaskPlanCard({ plan, onChange }: { plan: TaskPlan; onChange: (plan: TaskPlan) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('announce.write.task.title')}>
      <Flex align="center" gap={8} style={{ marginBottom: plan.enabled ? 12 : 0 }}>
        <Switch
          checked={plan.enabled}
          onChange={(enabled) => onChange({ ...plan, enabled })}
          data-testid="announce-task-enabled"
        />
        <Typography.Text type="secondary">{t('announce.write.task.hint')}</Typography.Text>
      </Flex>
      {plan.enabled && (
        <Flex gap={16} wrap>
          <Form.Item label={t('announce.write.task.name')} required style={{ flex: '1 1 260px' }}>
            <Input
              value={plan.title}
              maxLength={500}
              onChange={(event) => onChange({ ...plan, title: event.target.value })}
              data-testid="announce-task-title"
            />
          </Form.Item>
          <Form.Item label={t('announce.write.task.due')}>
            <DatePicker
              value={plan.due}
              onChange={(due) => onChange({ ...plan, due })}
              data-testid="announce-task-due"
            />
          </Form.Item>
        </Flex>
      )}
    </Card>
  );
}
