import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { personQuery } from '../../../shared/api/org-queries';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { Message } from '../api/messages';
import { MAX_TASK_TITLE, taskTitleFrom } from './task-title';

/**
 * "Create task" on a message: a title proposed from its text, whom it is for and when it is due.
 * The server links the task to the message and answers the message with the task's card, which
 * then shows in the conversation through the channel's stream.
 */
export function TaskFromMessageModal({ message, onClose }: { message: Message; onClose: () => void }) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const queryClient = useQueryClient();
  const showProblem = useProblemHandler();
  const [title, setTitle] = useState(() =>
    taskTitleFrom(message.body, (id) => queryClient.getQueryData(personQuery(id).queryKey)?.name),
  );
  const [assigneeIds, setAssigneeIds] = useState<string[]>([]);
  const [due, setDue] = useState<Dayjs | null>(null);
  const create = useMutation({
    mutationFn: () =>
      body(
        api.POST('/api/v1/channels/{id}/messages/{seq}/task', {
          params: { path: { id: message.channelId, seq: message.seq } },
          body: {
            title: title.trim(),
            assigneeIds,
            // a due day, not an instant: the server keeps the day in the creator's zone
            dueAt: due ? due.startOf('day').toISOString() : undefined,
            allDay: due ? true : undefined,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
        }),
      ),
    onSuccess: () => {
      void toast.success(t('chat.task.created'));
      onClose();
    },
    onError: (error) => showProblem(error),
  });

  return (
    <Modal
      open
      title={t('chat.task.title')}
      okText={t('chat.task.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: title.trim().length === 0, 'data-testid': 'task-from-message-submit' }}
      onOk={() => create.mutate()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 12 }}>
        {message.body}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('chat.task.name')} required>
          <Input.TextArea
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={MAX_TASK_TITLE}
            autoSize={{ minRows: 1, maxRows: 4 }}
            data-testid="task-from-message-title"
          />
        </Form.Item>
        <Form.Item label={t('chat.task.assignee')}>
          <PersonPicker
            value={assigneeIds}
            onChange={setAssigneeIds}
            multiple
            data-testid="task-from-message-assignee"
          />
        </Form.Item>
        <Form.Item label={t('chat.task.due')}>
          <DatePicker value={due} onChange={setDue} style={{ width: '100%' }} data-testid="task-from-message-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
