import { ArrowLeftOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Segmented, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { currentLocale } from '../../../shared/i18n';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { ApiProblem } from '../../../shared/api/problem';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { myTasksQuery, useSetDone } from '../api/tasks';
import type { MyRole, TaskCard } from '../api/types';
import { TaskDetail } from '../detail/task-detail';
import { taskPath, tasksHome } from '../paths';
import { QuickAdd } from '../quick-add/quick-add';
import { useSignedInPerson } from '../tasks-layout';
import { dayHeading } from './due-label';
import { byDay, type Group, groupMyTasks } from './groups';
import { TaskRow } from './task-row';
import { useLiveMyTasks } from './use-live-my-tasks';

const asRole = (value: string | null): MyRole => (value === 'follower' ? 'follower' : 'assignee');

/**
 * `/tasks`: what is assigned to me (or what I follow, `?role=follower`), grouped overdue, today,
 * upcoming (by day), no date and done in the browser's zone, with quick add on top. `/tasks/:taskId`
 * opens a task in a drawer over it, or alone on a phone.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const me = useSignedInPerson();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { taskId } = useParams();
  const [params, setParams] = useSearchParams();
  const role = asRole(params.get('role'));
  const keep = params.toString() ? `?${params.toString()}` : '';
  const open = (id: string) => void navigate(`${taskPath(id)}${keep}`);
  const close = () => void navigate(`${tasksHome}${keep}`);
  useLiveMyTasks(me.id);

  if (isPhone && taskId) {
    return (
      <Flex vertical style={{ height: '100%', background: token.colorBgContainer }}>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={close}
          style={{ alignSelf: 'flex-start', margin: token.marginXS, flex: 'none' }}
          data-testid="pane-back"
        >
          {t('common.back')}
        </Button>
        <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <TaskDetail key={taskId} id={taskId} myId={me.id} onOpen={open} onDeleted={close} />
        </div>
      </Flex>
    );
  }

  return (
    <div style={{ height: '100%', overflow: 'auto' }} data-testid="my-tasks">
      <Flex vertical gap={12} style={{ maxWidth: 880, margin: '0 auto', padding: isPhone ? 12 : 24 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('tasks.mine.title')}
          </Typography.Title>
          <Segmented<MyRole>
            value={role}
            onChange={(value) => setParams(value === 'assignee' ? {} : { role: value })}
            options={[
              { value: 'assignee', label: <span data-testid="my-role-assignee">{t('tasks.mine.assigned')}</span> },
              { value: 'follower', label: <span data-testid="my-role-follower">{t('tasks.mine.following')}</span> },
            ]}
          />
        </Flex>
        <QuickAdd myId={me.id} role={role} />
        <MyTaskGroups role={role} selectedId={taskId} onOpen={open} />
      </Flex>
      {!isPhone && (
        <Drawer
          open={taskId !== undefined}
          onClose={close}
          size={600}
          destroyOnHidden
          title={null}
          closable={false}
          styles={{ body: { padding: 0 } }}
          data-testid="task-drawer"
        >
          {taskId && (
            <TaskDetail key={taskId} id={taskId} myId={me.id} onOpen={open} onDeleted={close} onClose={close} />
          )}
        </Drawer>
      )}
    </div>
  );
}

function MyTaskGroups({
  role,
  selectedId,
  onOpen,
}: {
  role: MyRole;
  selectedId?: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const openList = useQuery(myTasksQuery(role, false));
  const doneList = useQuery(myTasksQuery(role, true));
  const setDone = useSetDone();
  const [showDone, setShowDone] = useState(false);
  if (openList.isPending) return <Loading />;
  if (openList.isError) return <LoadFailed error={openList.error} onRetry={() => void openList.refetch()} />;
  const now = new Date();
  const groups = groupMyTasks(openList.data, doneList.data ?? [], now);
  if (groups.length === 0) return <EmptyState text={t(`tasks.mine.empty.${role}`)} />;

  const toggle = (card: TaskCard, done: boolean) =>
    setDone.mutate(
      { id: card.id, done },
      {
        onError: (error) => {
          const problem =
            error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'client.unexpected' });
          void message.error(
            t(done ? 'tasks.completeFailed' : 'tasks.reopenFailed', { reason: problemMessage(problem, t) }),
          );
        },
      },
    );
  const rows = (group: Group<TaskCard>, cards: TaskCard[]) =>
    cards.map((card) => (
      <TaskRow
        key={card.id}
        card={card}
        overdue={group.key === 'overdue'}
        selected={card.id === selectedId}
        onOpen={() => onOpen(card.id)}
        onToggle={(done) => toggle(card, done)}
      />
    ));

  return (
    <Flex vertical gap={16}>
      {groups.map((group) => {
        const collapsed = group.key === 'done' && !showDone;
        return (
          <section key={group.key} data-testid={`group-${group.key}`} aria-label={t(`tasks.group.${group.key}`)}>
            <GroupHeading
              label={t(`tasks.group.${group.key}`)}
              count={group.cards.length}
              collapsible={group.key === 'done'}
              collapsed={collapsed}
              onToggle={() => setShowDone(!showDone)}
            />
            {!collapsed &&
              (group.key === 'upcoming' ? (
                byDay(group.cards).map((day) => (
                  <div key={day.day} data-testid="upcoming-day">
                    <Typography.Text
                      type="secondary"
                      style={{ fontSize: 12, display: 'block', padding: '8px 12px 2px' }}
                      data-testid="upcoming-day-heading"
                    >
                      {dayHeading(day.day, now, currentLocale(), t)}
                    </Typography.Text>
                    <div role="list">{rows(group, day.cards)}</div>
                  </div>
                ))
              ) : (
                <div role="list">{rows(group, group.cards)}</div>
              ))}
          </section>
        );
      })}
    </Flex>
  );
}

function GroupHeading({
  label,
  count,
  collapsible,
  collapsed,
  onToggle,
}: {
  label: string;
  count: number;
  collapsible: boolean;
  collapsed: boolean;
  onToggle: () => void;
}) {
  const { token } = theme.useToken();
  const text = (
    <Typography.Text strong>
      {label} <span style={{ color: token.colorTextTertiary, fontWeight: 'normal' }}>{count}</span>
    </Typography.Text>
  );
  const rule = { borderBottom: `2px solid ${token.colorBorderSecondary}` };
  if (!collapsible) return <div style={{ padding: '4px 0', ...rule }}>{text}</div>;
  return (
    <Button
      type="text"
      block
      onClick={onToggle}
      icon={collapsed ? <RightOutlined /> : <DownOutlined />}
      aria-expanded={!collapsed}
      data-testid="group-done-toggle"
      style={{ padding: '4px 0', height: 'auto', justifyContent: 'flex-start', borderRadius: 0, ...rule }}
    >
      {text}
    </Button>
  );
}
