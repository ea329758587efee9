import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { GrantsList } from '../../../shared/ui/grants/grants-list';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useDeleteProject, useGrants, useProject, useReplaceGrants, useUpdateProject } from './api/projects';
import { PROJECT_ROLES, type Project, type ProjectGrant } from './api/types';
import { ColorChoices } from './project-dot';
import { projectsHome } from '../paths';
import { projectPath } from './paths';

interface About {
  name: string;
  description?: string;
  color: string;
}

function AboutForm({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<About>();
  const update = useUpdateProject(project.id);
  const onProblem = useProblemHandler();
  const submit = (values: About) =>
    update.mutate(
      { name: values.name, description: values.description ?? '', color: values.color },
      { onSuccess: () => void message.success(t('common.saved')), onError: (error) => onProblem(error, form) },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ name: project.name, description: project.description, color: project.color }}
      onFinish={submit}
      disabled={project.archived}
    >
      <Form.Item
        name="name"
        label={t('taskBoard.projects.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}
      >
        <Input maxLength={100} data-testid="project-settings-name" />
      </Form.Item>
      <Form.Item name="description" label={t('taskBoard.projects.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="color" label={t('taskBoard.projects.color')}>
        <ColorChoices />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="project-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** Who may view, edit or manage the project: the shared grants list (people, departments, groups, the company). */
function Members({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const grants = useGrants(project.id, true);
  const replace = useReplaceGrants(project.id);
  const onProblem = useProblemHandler();
  if (grants.isLoading) return <Loading />;
  if (grants.error || !grants.data) return <LoadFailed error={grants.error} onRetry={() => void grants.refetch()} />;
  const save = (next: ProjectGrant[], before?: ProjectGrant) => {
    const send = () => replace.mutateAsync(next).catch((error: unknown) => onProblem(error));
    if (before?.role === 'MANAGER') {
      modal.confirm({
        title: t('taskBoard.settings.managerChangeConfirm'),
        content: t('taskBoard.settings.managerChangeHint'),
        okButtonProps: { 'data-testid': 'manager-change-confirm' },
        onOk: send,
      });
    } else {
      void send();
    }
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(project.kind === 'PERSONAL' ? 'taskBoard.settings.personalHint' : 'taskBoard.settings.membersHint')}
      </Typography.Paragraph>
      <GrantsList
        grants={grants.data}
        roles={PROJECT_ROLES}
        roleLabel={(role) => t(`taskBoard.role.${role}`)}
        kinds={['PERSON', 'DEPARTMENT', 'GROUP', 'COMPANY']}
        onSave={save}
        pending={replace.isPending || project.archived}
        testIdPrefix="project"
      />
    </Flex>
  );
}

function DangerZone({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const onProblem = useProblemHandler();
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject(project.id);
  const archive = (archived: boolean) => update.mutateAsync({ archived }).catch((error: unknown) => onProblem(error));
  return (
    <Card size="small" title={t('taskBoard.settings.archiveTitle')}>
      <Typography.Paragraph type="secondary">{t('taskBoard.settings.archiveHint')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        {project.archived ? (
          <Button onClick={() => void archive(false)} loading={update.isPending} data-testid="project-unarchive">
            {t('taskBoard.settings.unarchive')}
          </Button>
        ) : (
          <Button
            loading={update.isPending}
            data-testid="project-archive"
            onClick={() =>
              modal.confirm({
                title: t('taskBoard.settings.archiveConfirm', { name: project.name }),
                content: t('taskBoard.settings.archiveHint'),
                okButtonProps: { 'data-testid': 'project-archive-confirm' },
                onOk: () => archive(true),
              })
            }
          >
            {t('taskBoard.settings.archive')}
          </Button>
        )}
        <Button
          danger
          loading={remove.isPending}
          data-testid="project-delete"
          onClick={() =>
            modal.confirm({
              title: t('taskBoard.settings.deleteConfirm', { name: project.name }),
              content: t('taskBoard.settings.deleteHint'),
              okText: t('common.delete'),
              okButtonProps: { danger: true, 'data-testid': 'project-delete-confirm' },
              onOk: () =>
                remove
                  .mutateAsync()
                  .then(() => navigate(projectsHome))
                  .catch((error: unknown) => onProblem(error)),
            })
          }
        >
          {t('taskBoard.settings.delete')}
        </Button>
      </Flex>
    </Card>
  );
}

/** A project's settings for its managers: about, members and their roles, archiving and deleting. */
export function ProjectSettings() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const project = useProject(projectId);
  if (project.isPending) return <Loading />;
  if (project.isError) return <LoadFailed error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data.capabilities.canManage) return <EmptyState text={t('taskBoard.settings.managersOnly')} />;
  return (
    <Flex
      vertical
      gap={16}
      style={{
        padding: isPhone ? 12 : 24,
        maxWidth: 760,
        margin: '0 auto',
        width: '100%',
        boxSizing: 'border-box',
        overflowY: 'auto',
        height: '100%',
      }}
      data-testid="project-settings-page"
    >
      <Flex align="center" gap={8} wrap>
        <Link to={projectPath(projectId)}>{project.data.name}</Link>
        <Typography.Text type="secondary">/</Typography.Text>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('taskBoard.settings.title')}
        </Typography.Title>
      </Flex>
      <Card size="small" title={t('taskBoard.settings.about')}>
        <AboutForm key={project.data.id + String(project.data.archived)} project={project.data} />
      </Card>
      <Card size="small" title={t('taskBoard.settings.members')}>
        <Members project={project.data} />
      </Card>
      <DangerZone project={project.data} />
    </Flex>
  );
}
