import { DeleteOutlined, EditOutlined, PlusOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../../shared/api/problem';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Department, useDeleteDepartment } from '../api/departments';
import type { DepartmentDialog } from './department-modals';

interface DepartmentDetailsProps {
  department: Department;
  onDialog: (dialog: DepartmentDialog) => void;
  onDeleted: () => void;
}

export function DepartmentDetails({ department, onDialog, onDeleted }: DepartmentDetailsProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const remove = useDeleteDepartment();
  const handleProblem = useProblemHandler();
  const canEdit = department.capabilities.canEdit;

  const deleteDepartment = () =>
    remove.mutate(department.id, {
      onSuccess: onDeleted,
      onError: (error) =>
        isProblem(error, 'org.department-not-empty')
          ? modal.warning({
              title: t('admin.departments.notEmptyTitle'),
              content: t('errors.org.department-not-empty'),
              okText: t('common.ok'),
            })
          : handleProblem(error),
    });

  return (
    <Card
      title={department.name}
      extra={
        <Breadcrumb
          items={department.path.slice(0, -1).map((step) => ({ key: step.id, title: step.name }))}
          style={{ fontWeight: 'normal' }}
        />
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('admin.departments.head')}>{department.headName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('admin.departments.members')}>{department.memberCount}</Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 16 }}>
        <Button
          icon={<PlusOutlined />}
          disabled={!canEdit}
          onClick={() => onDialog({ kind: 'create', parent: department })}
          data-testid="dept-create-child"
        >
          {t('admin.departments.createChild')}
        </Button>
        <Button
          icon={<EditOutlined />}
          disabled={!canEdit}
          onClick={() => onDialog({ kind: 'rename', department })}
          data-testid="dept-rename"
        >
          {t('admin.departments.rename')}
        </Button>
        <Button
          icon={<SwapOutlined />}
          disabled={!canEdit}
          onClick={() => onDialog({ kind: 'move', department })}
          data-testid="dept-move"
        >
          {t('admin.departments.move')}
        </Button>
        <Button
          icon={<UserOutlined />}
          disabled={!canEdit}
          onClick={() => onDialog({ kind: 'head', department })}
          data-testid="dept-head"
        >
          {t('admin.departments.head')}
        </Button>
        <Popconfirm
          title={t('admin.departments.deleteConfirm', { name: department.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={deleteDepartment}
          disabled={!department.capabilities.canDelete}
        >
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={!department.capabilities.canDelete}
            loading={remove.isPending}
            data-testid="dept-delete"
          >
            {t('common.delete')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
