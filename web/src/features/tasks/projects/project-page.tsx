import {
  AppstoreOutlined,
  CalendarOutlined,
  LeftOutlined,
  SettingOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useBoard, useProject, useViews } from './api/projects';
import type { TaskFilter } from './api/types';
import { BoardView } from './board-view';
import { CalendarView } from './calendar-view';
import { FilterBar } from './filter-bar';
import { ImportExport } from './import-export';
import { matchesFilter } from './filter';
import { ListView } from './list-view';
import { projectsHome } from '../paths';
import { PROJECT_VIEWS, type ProjectView, projectSettingsPath } from './paths';
import { ProjectDot } from './project-dot';
import { ProjectTaskDrawer } from './project-task-drawer';

const VIEW_ICONS: [ProjectView, React.ReactNode][] = [
  ['list', <UnorderedListOutlined key="list" />],
  ['board', <AppstoreOutlined key="board" />],
  ['calendar', <CalendarOutlined key="calendar" />],
];

/**
 * A project: its list, board or calendar (`?view=`), one filter over all three (`?saved=` names the
 * saved view it came from, so a reload keeps it), and a task opened over it (`?task=`).
 */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const board = useBoard(projectId);
  const views = useViews(projectId);
  const [unsaved, setUnsaved] = useState<TaskFilter | undefined>();
  const viewParam = params.get('view') as ProjectView | null;
  const view: ProjectView = viewParam && PROJECT_VIEWS.includes(viewParam) ? viewParam : isPhone ? 'list' : 'board';
  const savedId = params.get('saved') ?? undefined;
  const saved = views.data?.find((candidate) => candidate.id === savedId);
  const filter: TaskFilter = useMemo(() => unsaved ?? saved?.filter ?? {}, [unsaved, saved]);
  const taskId = params.get('task') ?? undefined;

  const update = (change: Record<string, string | undefined>) =>
    setParams(
      (before) => {
        const next = new URLSearchParams(before);
        Object.entries(change).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
        return next;
      },
      { replace: !('task' in change) },
    );
  const onFilter = (next: TaskFilter, viewId?: string) => {
    setUnsaved(viewId ? undefined : next);
    update({ saved: viewId });
  };
  const open = (id: string) => update({ task: id });
  const now = useMemo(() => new Date(), [board.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const cards = useMemo(
    () => board.data?.cards.filter((card) => matchesFilter(card, filter, now)) ?? [],
    [board.data, filter, now],
  );

  if (project.isPending || board.isPending) return <Loading />;
  if (project.isError) return <LoadFailed error={project.error} onRetry={() => void project.refetch()} />;
  if (board.isError) return <LoadFailed error={board.error} onRetry={() => void board.refetch()} />;
  const { capabilities } = project.data;
  const canEdit = capabilities.canEdit && !project.data.archived;
  const canManage = capabilities.canManage && !project.data.archived;
  const props = { projectId, board: board.data, cards, canEdit, canManage, onOpen: open };

  return (
    <Flex vertical style={{ height: '100%', minHeight: 0 }} data-testid="project-page" data-view={view}>
      <Flex
        vertical
        gap={8}
        style={{
          padding: isPhone ? '8px 12px' : '12px 16px',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          background: token.colorBgContainer,
        }}
      >
        <Flex align="center" gap={8}>
          {isPhone ? (
            <Link to={projectsHome} aria-label={t('taskBoard.projects.title')}>
              <LeftOutlined />
            </Link>
          ) : (
            <>
              <Link to={projectsHome}>{t('taskBoard.projects.title')}</Link>
              <Typography.Text type="secondary">/</Typography.Text>
            </>
          )}
          <ProjectDot color={project.data.color} />
          <Typography.Title
            level={4}
            style={{ margin: 0, flex: '1 1 0', minWidth: 0 }}
            ellipsis
            data-testid="project-name"
          >
            {project.data.name}
          </Typography.Title>
          <Segmented<ProjectView>
            value={view}
            onChange={(next) => update({ view: next })}
            options={VIEW_ICONS.map(([value, icon]) => ({
              value,
              title: t(`taskBoard.view.${value}`),
              label: (
                <span data-testid={`view-${value}`}>
                  {icon}
                  {!isPhone && <span style={{ marginInlineStart: 6 }}>{t(`taskBoard.view.${value}`)}</span>}
                </span>
              ),
            }))}
          />
          {!isPhone && <ImportExport projectId={projectId} canEdit={canEdit} compact={false} />}
          {capabilities.canManage && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => void navigate(projectSettingsPath(projectId))}
              aria-label={t('taskBoard.settings.title')}
              data-testid="project-settings"
            >
              {isPhone ? undefined : t('taskBoard.settings.title')}
            </Button>
          )}
        </Flex>
        {project.data.archived && <Alert type="info" showIcon message={t('taskBoard.projects.archivedNotice')} />}
        <FilterBar
          projectId={projectId}
          cards={board.data.cards}
          filter={filter}
          onFilter={onFilter}
          viewId={saved?.id}
        />
      </Flex>
      <div style={{ flex: 1, minHeight: 0, overflow: view === 'board' ? 'hidden' : 'auto' }}>
        {view === 'list' && <ListView {...props} />}
        {view === 'board' && <BoardView {...props} />}
        {view === 'calendar' && <CalendarView cards={cards} onOpen={open} />}
      </div>
      <ProjectTaskDrawer taskId={taskId} onOpen={open} onClose={() => update({ task: undefined })} />
    </Flex>
  );
}
