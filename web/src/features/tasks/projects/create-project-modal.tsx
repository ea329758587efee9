import { Form, Input, Modal, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateProject } from './api/projects';
import { PROJECT_COLORS, PROJECT_KINDS, type ProjectKind } from './api/types';
import { ColorChoices } from './project-dot';
import { projectPath } from './paths';

interface NewProject {
  name: string;
  description?: string;
  kind: ProjectKind;
  departmentId?: string;
  color: string;
}

/** The first columns of a new project, in the creator's language (the server stores them as sent). */
const FIRST_SECTIONS = ['todo', 'doing', 'done'] as const;

/** A new project: name, what kind, a department's for a department project, a colour. */
export function CreateProjectModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewProject>();
  const create = useCreateProject();
  const onProblem = useProblemHandler();
  const navigate = useNavigate();
  const kind = Form.useWatch('kind', form);

  const submit = (values: NewProject) =>
    create.mutate(
      {
        ...values,
        description: values.description ?? '',
        departmentId: values.kind === 'DEPARTMENT' ? values.departmentId : undefined,
        sections: FIRST_SECTIONS.map((section) => t(`taskBoard.firstSections.${section}`)),
      },
      {
        onSuccess: (project) => {
          onClose();
          form.resetFields();
          void navigate(projectPath(project.id));
        },
        onError: (error) => onProblem(error, form),
      },
    );

  return (
    <Modal
      open={open}
      title={t('taskBoard.projects.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'project-create' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'TEAM', color: PROJECT_COLORS[0] }}
        onFinish={submit}
        data-testid="project-form"
      >
        <Form.Item
          name="name"
          label={t('taskBoard.projects.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}
        >
          <Input maxLength={100} autoFocus data-testid="project-name-input" />
        </Form.Item>
        <Form.Item name="description" label={t('taskBoard.projects.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="kind" label={t('taskBoard.projects.kind')} extra={kind && t(`taskBoard.kindHint.${kind}`)}>
          <Segmented
            options={PROJECT_KINDS.map((value) => ({
              value,
              label: <span data-testid={`project-kind-${value}`}>{t(`taskBoard.kind.${value}`)}</span>,
            }))}
          />
        </Form.Item>
        {kind === 'DEPARTMENT' && (
          <Form.Item
            name="departmentId"
            label={t('taskBoard.projects.department')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DepartmentSelect data-testid="project-department" />
          </Form.Item>
        )}
        <Form.Item name="color" label={t('taskBoard.projects.color')}>
          <ColorChoices />
        </Form.Item>
      </Form>
    </Modal>
  );
}
