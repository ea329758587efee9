import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Collapse, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { projectsQuery } from './api/projects';
import { PROJECT_KINDS, type ProjectSummary } from './api/types';
import { CreateProjectModal } from './create-project-modal';
import { projectPath } from './paths';
import { ProjectDot } from './project-dot';

function ProjectRows({ projects }: { projects: ProjectSummary[] }) {
  const { t } = useTranslation();
  return (
    <List
      dataSource={projects}
      renderItem={(project) => (
        <List.Item data-testid="project-row" data-project={project.id}>
          <Flex gap={10} align="center" style={{ width: '100%', minWidth: 0 }}>
            <ProjectDot color={project.color} />
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <Link to={projectPath(project.id)} data-testid="project-link">
                <Typography.Text strong ellipsis>
                  {project.name}
                </Typography.Text>
              </Link>
              {project.description && (
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {project.description}
                </Typography.Text>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
              {t(`taskBoard.role.${project.myRole}`)}
            </Typography.Text>
            <Badge
              count={project.openCount}
              overflowCount={999}
              color="blue"
              title={t('taskBoard.projects.open', { count: project.openCount })}
            />
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** My projects by kind (personal, team, department), the archived ones folded away below. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [creating, setCreating] = useState(false);
  const projects = useQuery(projectsQuery(true));

  if (projects.isPending) return <Loading />;
  if (projects.isError) return <LoadFailed error={projects.error} onRetry={() => void projects.refetch()} />;
  const active = projects.data.filter((project) => !project.archived);
  const archived = projects.data.filter((project) => project.archived);

  return (
    <Flex
      vertical
      gap={16}
      style={{ padding: isPhone ? 12 : 24, maxWidth: 880, margin: '0 auto', width: '100%', boxSizing: 'border-box' }}
      data-testid="projects-page"
    >
      <Flex align="center" justify="space-between" gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('taskBoard.projects.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-new">
          {t('taskBoard.projects.new')}
        </Button>
      </Flex>
      {active.length === 0 && <EmptyState text={t('taskBoard.projects.none')} />}
      {PROJECT_KINDS.map((kind) => {
        const ofKind = active.filter((project) => project.kind === kind);
        return (
          ofKind.length > 0 && (
            <section key={kind} data-testid={`projects-${kind}`}>
              <Typography.Title level={5} type="secondary" style={{ marginBottom: 0 }}>
                {t(`taskBoard.kinds.${kind}`)}
              </Typography.Title>
              <ProjectRows projects={ofKind} />
            </section>
          )
        );
      })}
      {archived.length > 0 && (
        <Collapse
          ghost
          items={[
            {
              key: 'archived',
              label: t('taskBoard.projects.archived', { count: archived.length }),
              children: <ProjectRows projects={archived} />,
            },
          ]}
          data-testid="projects-archived"
        />
      )}
      <CreateProjectModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
