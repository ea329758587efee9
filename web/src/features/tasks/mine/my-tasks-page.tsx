import { ArrowLeftOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Segmented, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { currentLocale } from '../../../shared/i18n';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { ApiProblem } from '../../../shared/api/problem';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import type { MyTaskGroup } from '../api/my-cards';
import { myGroupMoreQuery, myTasksQuery } from '../api/my-tasks';
import { useSetDone } from '../api/tasks';
import type { MyRole, TaskCard } from '../api/types';
import { TaskDetail } from '../detail/task-detail';
import { taskPath, tasksHome } from '../paths';
import { QuickAdd } from '../quick-add/quick-add';
import { useSignedInPerson } from '../tasks-layout';
import { dayHeading } from './due-label';
import { byDay, joinPages } from './groups';
import { TaskRow } from './task-row';
import { useLiveMyTasks } from './use-live-my-tasks';

const asRole = (value: string | null): MyRole => (value === 'follower' ? 'follower' : 'assignee');

/**
 * `/tasks`: what is assigned to me (or what I follow, `?role=follower`), grouped overdue, today,
 * upcoming (by day), no date and done in the browser's zone (the server groups and pages them), with
 * quick add on top. `/tasks/:taskId`
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
  const summary = useQuery(myTasksQuery(role));
  const setDone = useSetDone();
  if (summary.isPending) return <Loading />;
  if (summary.isError) return <LoadFailed error={summary.error} onRetry={() => void summary.refetch()} />;
  const groups = summary.data.groups.filter((group) => group.count > 0);
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

  return (
    <Flex vertical gap={16}>
      {groups.map((group) => (
        <GroupSection
          key={group.key}
          role={role}
          group={group}
          selectedId={selectedId}
          onOpen={onOpen}
          onToggle={toggle}
        />
      ))}
    </Flex>
  );
}

/**
 * One group: its count, its first page, and the further pages "show more" brings (done starts
 * folded). The pages are the server's, so a group of thousands costs the first page's cards.
 */
function GroupSection({
  role,
  group,
  selectedId,
  onOpen,
  onToggle,
}: {
  role: MyRole;
  group: MyTaskGroup;
  selectedId?: string;
  onOpen: (id: string) => void;
  onToggle: (card: TaskCard, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const key = group.key.toLowerCase();
  const [showDone, setShowDone] = useState(false);
  const [wantsMore, setWantsMore] = useState(false);
  const more = useInfiniteQuery({
    ...myGroupMoreQuery(role, group.key, group.next ?? ''),
    enabled: wantsMore && !!group.next,
  });
  const cards = joinPages(group.cards, more.data ? more.data.pages.map((page) => page?.cards ?? []) : []);
  const hasMore = group.next !== undefined && group.next !== null && (!more.data || more.hasNextPage);
  const collapsed = group.key === 'DONE' && !showDone;
  const now = new Date();
  const rows = (shown: TaskCard[]) =>
    shown.map((card) => (
      <TaskRow
        key={card.id}
        card={card}
        overdue={group.key === 'OVERDUE'}
        selected={card.id === selectedId}
        onOpen={() => onOpen(card.id)}
        onToggle={(done) => onToggle(card, done)}
      />
    ));
  return (
    <section data-testid={`group-${key}`} aria-label={t(`tasks.group.${key}`)}>
      <GroupHeading
        label={t(`tasks.group.${key}`)}
        count={group.count}
        collapsible={group.key === 'DONE'}
        collapsed={collapsed}
        onToggle={() => setShowDone(!showDone)}
      />
      {!collapsed && (
        <>
          {group.key === 'UPCOMING' ? (
            byDay(cards).map((day) => (
              <div key={day.day} data-testid="upcoming-day">
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 12, display: 'block', padding: '8px 12px 2px' }}
                  data-testid="upcoming-day-heading"
                >
                  {dayHeading(day.day, now, currentLocale(), t)}
                </Typography.Text>
                <div role="list">{rows(day.cards)}</div>
              </div>
            ))
          ) : (
            <div role="list">{rows(cards)}</div>
          )}
          {hasMore && (
            <Button
              type="link"
              loading={more.isFetching}
              onClick={() => (wantsMore ? void more.fetchNextPage() : setWantsMore(true))}
              data-testid={`group-${key}-more`}
            >
              {t('tasks.mine.showMore', { count: Math.max(group.count - cards.length, 0) })}
            </Button>
          )}
        </>
      )}
    </section>
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
