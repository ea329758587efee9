import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Descriptions, Popconfirm, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type IndexStatus, useIndexStatus, useRebuildIndex } from '../api/search-index';
import { kindLabel } from '../kinds';

/** The search index's health, and rebuilding it from every module's data with its progress. */
export function SearchIndexAdmin() {
  const { t } = useTranslation();
  const status = useIndexStatus();
  if (status.isLoading) return <Loading />;
  if (!status.data) return <LoadFailed error={status.error} onRetry={() => void status.refetch()} />;
  return (
    <Card
      title={t('admin.searchIndex.title')}
      extra={<RebuildButton status={status.data} />}
      data-testid="search-index"
      data-rebuild-started={status.data.rebuild?.startedAt}
    >
      <Health status={status.data} />
    </Card>
  );
}

function RebuildButton({ status }: { status: IndexStatus }) {
  const { t } = useTranslation();
  const rebuild = useRebuildIndex();
  const showProblem = useProblemHandler();
  return (
    <Popconfirm
      title={t('admin.searchIndex.rebuildConfirm')}
      description={t('admin.searchIndex.rebuildHint')}
      okText={t('admin.searchIndex.rebuild')}
      cancelText={t('common.cancel')}
      onConfirm={() => rebuild.mutate(undefined, { onError: (error) => showProblem(error) })}
      okButtonProps={{ 'data-testid': 'search-index-rebuild-confirm' }}
    >
      <Button
        icon={<ReloadOutlined />}
        loading={rebuild.isPending}
        disabled={status.state === 'REBUILDING'}
        data-testid="search-index-rebuild"
      >
        {t('admin.searchIndex.rebuild')}
      </Button>
    </Popconfirm>
  );
}

function Health({ status }: { status: IndexStatus }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const rebuilding = status.state === 'REBUILDING';
  const run = status.rebuild;
  return (
    <>
      {rebuilding && run && (
        <div style={{ marginBottom: 16 }} data-testid="search-index-progress">
          <Progress percent={run.total > 0 ? Math.floor((run.done / run.total) * 100) : 0} status="active" />
          {t('admin.searchIndex.progress', { done: number(run.done), total: number(run.total) })}
        </div>
      )}
      {run?.failure && (
        <Alert
          type="error"
          showIcon
          title={t('admin.searchIndex.failed', { reason: run.failure })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
        <Descriptions.Item label={t('admin.searchIndex.state')}>
          <Badge
            status={rebuilding ? 'processing' : 'success'}
            text={<span data-testid="search-index-state">{t(`admin.searchIndex.states.${status.state}`)}</span>}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.searchIndex.documents')}>
          <span data-testid="search-index-documents">{number(status.documents)}</span>
        </Descriptions.Item>
        {Object.entries(status.byKind)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, count]) => (
            <Descriptions.Item key={kind} label={kindLabel(t, kind)}>
              <span data-testid={`search-index-kind-${kind}`}>{number(count)}</span>
            </Descriptions.Item>
          ))}
        <Descriptions.Item label={t('admin.searchIndex.backend')}>{status.backend}</Descriptions.Item>
        <Descriptions.Item label={t('admin.searchIndex.size')}>
          {formatBytes(status.sizeBytes, i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.searchIndex.pending')}>
          <span data-testid="search-index-pending">{number(status.pendingEvents)}</span>
        </Descriptions.Item>
        {run && (
          <Descriptions.Item label={t('admin.searchIndex.lastRebuild')}>
            {formatDateTime(run.finishedAt ?? run.startedAt, i18n.language)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}
