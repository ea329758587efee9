import { Card, DatePicker, Input, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n/format';
import { LoadFailed } from '../../shared/ui/page-state';
import { PersonPicker } from '../../shared/ui/person-picker';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { type AuditEntry, type AuditFilter, useAudit } from './api/audit';
import { actionKey, AuditDetails, targetText } from './audit-details';

const PAGE_SIZE = 50;

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const [filter, setFilter] = useState<AuditFilter>({ page: 0, size: PAGE_SIZE });
  const audit = useAudit(filter);
  const change = (next: Partial<AuditFilter>) =>
    setFilter((previous) => ({ ...previous, ...next, page: next.page ?? 0 }));

  return (
    <Card title={t('admin.nav.audit')} styles={{ body: { padding: phone ? 12 : undefined } }}>
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
          <PersonPicker
            placeholder={t('admin.audit.actor')}
            onChange={(ids) => change({ actorId: ids[0] })}
            data-testid="audit-actor"
          />
        </div>
        <DatePicker.RangePicker
          aria-label={t('admin.audit.period')}
          onChange={(range) =>
            change({ from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString() })
          }
        />
      </Space>
      {audit.isError ? (
        <LoadFailed error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <div data-testid="audit-table">
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={audit.isFetching}
            dataSource={audit.data?.items ?? []}
            locale={{ emptyText: t('common.empty') }}
            pagination={{
              current: (filter.page ?? 0) + 1,
              pageSize: PAGE_SIZE,
              total: audit.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (page) => change({ page: page - 1 }),
            }}
            columns={[
              // on a phone, who and when go under the action: two columns that fit rather than five that are cut off
              {
                title: t('admin.audit.at'),
                dataIndex: 'at',
                render: (at: string) => formatDateTime(at, i18n.language),
                width: 120,
                responsive: ['md'],
              },
              {
                title: t('admin.audit.actor'),
                dataIndex: 'actorName',
                render: (name?: string) => name ?? t('admin.audit.system'),
                responsive: ['md'],
              },
              {
                title: t('admin.audit.action'),
                key: 'action',
                render: (_, entry) => (
                  <>
                    <Tooltip title={entry.action}>
                      <span data-testid="audit-action-label">
                        {t(actionKey(entry.action), { defaultValue: entry.action })}
                      </span>
                    </Tooltip>
                    {phone && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {entry.actorName ?? t('admin.audit.system')} · {formatDateTime(entry.at, i18n.language)}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
              {
                title: t('admin.audit.target'),
                key: 'target',
                render: (_, entry) => (
                  <span data-testid="audit-target" style={{ overflowWrap: 'anywhere' }}>
                    {targetText(entry, t)}
                  </span>
                ),
              },
              { title: t('admin.audit.ip'), dataIndex: 'ipAddress', responsive: ['lg'] },
              // details wrap rather than widen the table: at 1280 px a clipped or scrolled column hid them
              {
                title: t('admin.audit.details'),
                key: 'details',
                render: (_, entry) => <AuditDetails entry={entry} />,
                responsive: ['md'],
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
