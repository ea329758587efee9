import { Card, DatePicker, Input, Space, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n/format';
import { LoadFailed } from '../../shared/ui/page-state';
import { PersonPicker } from '../../shared/ui/person-picker';
import { type AuditEntry, type AuditFilter, useAudit } from './api/audit';

const PAGE_SIZE = 50;

function describeDetails(details: AuditEntry['details']): string {
  return Object.entries(details ?? {})
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ page: 0, size: PAGE_SIZE });
  const audit = useAudit(filter);
  const change = (next: Partial<AuditFilter>) => setFilter((previous) => ({ ...previous, ...next, page: next.page ?? 0 }));

  return (
    <Card title={t('admin.nav.audit')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('admin.audit.action')}
          aria-label={t('admin.audit.action')}
          onSearch={(action) => change({ action: action.trim() || undefined })}
          style={{ width: 200 }}
          data-testid="audit-action"
        />
        <div style={{ width: 240 }}>
          <PersonPicker placeholder={t('admin.audit.actor')} onChange={(ids) => change({ actorId: ids[0] })} data-testid="audit-actor" />
        </div>
        <DatePicker.RangePicker
          aria-label={t('admin.audit.period')}
          onChange={(range) => change({ from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString() })}
        />
      </Space>
      {audit.isError ? (
        <LoadFailed error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('common.empty') }}
          pagination={{
            current: (filter.page ?? 0) + 1,
            pageSize: PAGE_SIZE,
            total: audit.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => change({ page: page - 1 }),
          }}
          columns={[
            { title: t('admin.audit.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, i18n.language), width: 170 },
            { title: t('admin.audit.actor'), dataIndex: 'actorName', render: (name?: string) => name ?? t('admin.audit.system') },
            { title: t('admin.audit.action'), dataIndex: 'action', render: (action: string) => (
                <Tooltip title={action}>
                  <span>{t(`admin.audit.actions.${action.replaceAll('.', '/')}`, { defaultValue: action })}</span>
                </Tooltip>
              ) },
            { title: t('admin.audit.target'), key: 'target', render: (_, entry) => entry.targetLabel ?? entry.targetId ?? entry.targetType },
            // On a phone the four columns that say who did what are enough; address and details need the room of a desktop.
            { title: t('admin.audit.ip'), dataIndex: 'ipAddress', responsive: ['md'] },
            { title: t('admin.audit.details'), dataIndex: 'details', render: describeDetails, ellipsis: { showTitle: true }, width: 320, responsive: ['md'] },
          ]}
        />
      )}
    </Card>
  );
}
