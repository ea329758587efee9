import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useDepartments } from '../api/departments';
import { DepartmentTree } from '../directory/department-tree';
import { DepartmentDetails } from './department-details';
import { type DepartmentDialog, DepartmentModal } from './department-modals';

export function DepartmentsAdmin() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<DepartmentDialog>();
  if (departments.isLoading) {
    return <Loading />;
  }
  if (!departments.data) {
    return <LoadFailed error={departments.error} onRetry={() => void departments.refetch()} />;
  }
  const selected = departments.data.find((department) => department.id === selectedId);
  // Every department hangs under the one root (the company), so a new one goes under the selection or the root.
  const parent = selected ?? departments.data.find((department) => !department.parentId);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card
          title={t('admin.nav.departments')}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!parent?.capabilities.canEdit}
              onClick={() => parent && setDialog({ kind: 'create', parent })}
              data-testid="dept-create"
            >
              {t('admin.departments.create')}
            </Button>
          }
        >
          {departments.data.length === 0 ? (
            <EmptyState />
          ) : (
            <DepartmentTree departments={departments.data} selectedId={selectedId} onSelect={setSelectedId} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        {selected ? (
          <DepartmentDetails department={selected} onDialog={setDialog} onDeleted={() => setSelectedId(undefined)} />
        ) : (
          <Card>
            <EmptyState text={t('admin.departments.pick')} />
          </Card>
        )}
      </Col>
      {dialog && (
        <DepartmentModal dialog={dialog} departments={departments.data} onClose={() => setDialog(undefined)} />
      )}
    </Row>
  );
}
