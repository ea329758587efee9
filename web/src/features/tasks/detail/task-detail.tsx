import { CloseOutlined, DeleteOutlined, LinkOutlined, MoreOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Flex, Select, Tabs, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useDeleteTask, useSetDone, useTask } from '../api/tasks';
import { PRIORITIES, type Priority, type Task, type TaskSource } from '../api/types';
import { taskPath } from '../paths';
import { PriorityFlag } from '../shared/task-bits';
import { AttachmentsField } from './attachments-field';
import { Checklist } from './checklist';
import { Comments } from './comments';
import { DatesField } from './dates-field';
import { Dependencies } from './dependencies';
import { DescriptionField } from './description-field';
import { HistoryList } from './history-list';
import { reminderText } from './history-values';
import { PeopleField } from './people-field';
import { RecurrenceField } from './recurrence-field';
import { SourceLink } from './source-link';
import { Subtasks } from './subtasks';
import { useSave } from './use-save';

const MAX_TITLE = 500;
const MAX_TAGS = 20;
const MAX_TAG = 30;
/** The offsets a reminder offers, in minutes before the due time. */
const REMINDER_CHOICES = [0, 5, 15, 30, 60, 120, 1440, 2880];

interface TaskDetailProps {
  id: string;
  myId: string;
  onOpen: (id: string) => void;
  onDeleted: () => void;
  /** In the drawer: its close button. */
  onClose?: () => void;
}

/** A task with all of its fields, each saved on its own; its comments and history in tabs below. */
export function TaskDetail(props: TaskDetailProps) {
  const task = useTask(props.id);
  if (task.isPending) return <Loading />;
  if (task.isError) return <LoadFailed error={task.error} onRetry={() => void task.refetch()} />;
  return <TaskFields task={task.data} {...props} />;
}

/** A field with its name: beside it at a desk, above it on a phone, where the field needs the width. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  return (
    <Flex
      gap={isPhone ? 2 : 12}
      vertical={isPhone}
      align={isPhone ? 'stretch' : 'flex-start'}
      style={{ minHeight: 32 }}
    >
      <Typography.Text
        type="secondary"
        style={{
          width: isPhone ? undefined : 88,
          flex: 'none',
          lineHeight: isPhone ? '22px' : '32px',
          fontSize: token.fontSizeSM + 1,
        }}
      >
        {label}
      </Typography.Text>
      <Flex style={{ flex: 1, minWidth: 0, minHeight: 32 }} align="center">
        {children}
      </Flex>
    </Flex>
  );
}

function TaskFields({ task, myId, onOpen, onDeleted, onClose }: TaskDetailProps & { task: Task }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const onProblem = useProblemHandler();
  const { save } = useSave(task.id);
  const setDone = useSetDone();
  const remove = useDeleteTask();
  const editable = task.capabilities.canEdit;
  const done = task.state === 'DONE';
  const parentId = task.parentId;
  const language = currentLocale();

  const copyLink = () =>
    void navigator.clipboard
      .writeText(`${location.origin}${taskPath(task.id)}`)
      .then(() => message.success(t('tasks.detail.linkCopied')));
  const confirmDelete = () =>
    modal.confirm({
      title: t('tasks.detail.deleteConfirm'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'task-delete-confirm' },
      onOk: () => remove.mutateAsync(task.id).then(onDeleted, onProblem),
    });

  return (
    <Flex
      vertical
      gap={16}
      style={{ padding: 16 }}
      data-testid="task-detail"
      data-task-id={task.id}
      data-state={task.state}
    >
      <Flex align="flex-start" gap={8}>
        <Checkbox
          checked={done}
          disabled={!editable}
          onChange={(event) =>
            setDone.mutate({ id: task.id, done: event.target.checked }, { onError: (error) => onProblem(error) })
          }
          aria-label={t(done ? 'tasks.reopen' : 'tasks.complete')}
          data-testid="task-detail-complete"
          style={{ marginTop: 6 }}
        />
        <Typography.Title
          level={4}
          delete={done}
          style={{ margin: 0, flex: 1, minWidth: 0, wordBreak: 'break-word' }}
          editable={
            editable
              ? {
                  maxLength: MAX_TITLE,
                  triggerType: ['text'],
                  onChange: (title) => {
                    const trimmed = title.trim();
                    if (trimmed && trimmed !== task.title) save({ title: trimmed });
                  },
                }
              : false
          }
          data-testid="task-detail-title"
        >
          {task.title}
        </Typography.Title>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'link', icon: <LinkOutlined />, label: t('tasks.detail.copyLink'), onClick: copyLink },
              ...(task.capabilities.canDelete
                ? [
                    {
                      key: 'delete',
                      icon: <DeleteOutlined />,
                      danger: true,
                      label: <span data-testid="task-delete">{t('common.delete')}</span>,
                      onClick: confirmDelete,
                    },
                  ]
                : []),
            ],
          }}
        >
          <Button type="text" icon={<MoreOutlined />} aria-label={t('tasks.detail.more')} data-testid="task-more" />
        </Dropdown>
        {onClose && (
          <Button type="text" icon={<CloseOutlined />} aria-label={t('tasks.detail.close')} onClick={onClose} />
        )}
      </Flex>

      {parentId && (
        <Typography.Link onClick={() => onOpen(parentId)} data-testid="task-parent">
          {t('tasks.detail.parent')}
        </Typography.Link>
      )}
      {task.projectName && (
        <Typography.Text type="secondary" data-testid="task-project-name">
          {t('tasks.detail.inProject', { name: task.projectName })}
        </Typography.Text>
      )}
      {task.source && <SourceLink source={task.source as unknown as TaskSource} />}

      <Flex vertical gap={8}>
        <Row label={t('tasks.detail.assignees')}>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <PeopleField
              people={task.assignees}
              editable={editable}
              onChange={(assigneeIds) => save({ assigneeIds })}
              testId="task-assignees"
            />
            {editable && !task.assignees.some((person) => person.id === myId) && (
              <Typography.Link
                onClick={() => save({ assigneeIds: [...task.assignees.map((person) => person.id), myId] })}
                style={{ fontSize: 12 }}
                data-testid="task-assign-me"
              >
                {t('tasks.detail.assignMe')}
              </Typography.Link>
            )}
          </Flex>
        </Row>
        <Row label={t('tasks.detail.dates')}>
          <DatesField task={task} editable={editable} onSave={save} />
        </Row>
        <Row label={t('tasks.detail.priority')}>
          <Select<Priority>
            value={task.priority}
            disabled={!editable}
            onChange={(priority) => save({ priority })}
            options={PRIORITIES.map((priority) => ({
              value: priority,
              label: (
                <Flex gap={6} align="center">
                  <PriorityFlag priority={priority} />
                  {t(`tasks.priority.${priority}`)}
                </Flex>
              ),
            }))}
            style={{ width: 160 }}
            data-testid="task-priority-select"
          />
        </Row>
        <Row label={t('tasks.detail.tags')}>
          <Select
            mode="tags"
            value={task.tags}
            disabled={!editable}
            maxCount={MAX_TAGS}
            onChange={(tags: string[]) =>
              save({ tags: tags.map((tag) => tag.trim().slice(0, MAX_TAG)).filter(Boolean) })
            }
            placeholder={t('tasks.detail.tagsPlaceholder')}
            tokenSeparators={[',', '，']}
            open={false}
            suffixIcon={null}
            style={{ width: '100%' }}
            data-testid="task-tags"
          />
        </Row>
        <Row label={t('tasks.detail.repeat')}>
          <RecurrenceField task={task} editable={editable} onSave={save} />
        </Row>
        <Row label={t('tasks.detail.reminders')}>
          <Select<number[]>
            mode="multiple"
            value={task.reminders}
            disabled={!editable || !task.dueAt}
            onChange={(reminders) => save({ reminders: [...reminders].sort((a, b) => a - b) })}
            options={REMINDER_CHOICES.map((minutes) => ({ value: minutes, label: reminderText(minutes, t) }))}
            placeholder={task.dueAt ? t('tasks.detail.remindersNone') : t('tasks.detail.remindersNeedDue')}
            style={{ width: '100%' }}
            data-testid="task-reminders"
          />
        </Row>
        <Row label={t('tasks.detail.followers')}>
          <PeopleField
            people={task.followers}
            editable={editable}
            onChange={(followerIds) => save({ followerIds })}
            testId="task-followers"
          />
        </Row>
      </Flex>

      <Section title={t('tasks.detail.description')}>
        <DescriptionField value={task.description} editable={editable} onSave={save} />
      </Section>
      {!parentId && (
        <Section title={t('tasks.detail.subtasks')}>
          <Subtasks task={task} onOpen={onOpen} />
        </Section>
      )}
      <Section title={t('tasks.detail.checklist')}>
        <Checklist items={task.checklist} editable={editable} onSave={save} />
      </Section>
      <Section title={t('tasks.detail.attachments')}>
        <AttachmentsField attachments={task.attachments} editable={editable} onSave={save} />
      </Section>
      <Section title={t('tasks.detail.dependencies')}>
        <Dependencies task={task} onOpen={onOpen} onSave={save} />
      </Section>

      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tasks.detail.createdBy', { name: task.creator.name, at: formatDateTime(task.createdAt, language) })}
        {task.completedAt &&
          ` · ${t('tasks.detail.completedBy', {
            name: task.completedBy?.name ?? '',
            at: formatDateTime(task.completedAt, language),
          })}`}
      </Typography.Text>

      <Tabs
        style={{ borderTop: `1px solid ${token.colorBorderSecondary}` }}
        items={[
          {
            key: 'comments',
            label: (
              <span data-testid="task-tab-comments">
                {t('tasks.detail.commentsCount', { count: task.commentCount })}
              </span>
            ),
            children: <Comments taskId={task.id} canComment={task.capabilities.canComment} />,
          },
          {
            key: 'history',
            label: <span data-testid="task-tab-history">{t('tasks.detail.history')}</span>,
            children: <HistoryList taskId={task.id} />,
          },
        ]}
        destroyOnHidden
      />
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>{title}</Typography.Text>
      {children}
    </Flex>
  );
}
