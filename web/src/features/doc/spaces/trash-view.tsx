import { Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/i18n/format';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { usePageAction } from '../api/pages';
import { useSpace, useTrash } from '../api/spaces';
import { pagePath } from '../routes';

/** A space's trash: each trashed page with what went with it, restorable where it was. */
export function TrashView({ spaceId }: { spaceId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const space = useSpace(spaceId);
  const trash = useTrash(spaceId, true);
  const action = usePageAction(spaceId);
  const onProblem = useProblemHandler();
  const canEdit = space.data?.capabilities.canEdit ?? false;

  return (
    <div style={{ padding: 24, maxWidth: 760 }} data-testid="trash-view">
      <Typography.Title level={3}>{t('docs.trash.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('docs.trash.hint')}</Typography.Paragraph>
      {trash.isLoading && <Loading />}
      {trash.error && <LoadFailed error={trash.error} onRetry={() => void trash.refetch()} />}
      {trash.data?.length === 0 && <EmptyState text={t('docs.trash.empty')} />}
      {trash.data && trash.data.length > 0 && (
        <List
          dataSource={trash.data}
          renderItem={(page) => (
            <List.Item
              data-testid="trashed-page"
              actions={
                canEdit
                  ? [
                      <Button
                        key="restore"
                        size="small"
                        data-testid="page-restore"
                        loading={action.isPending && action.variables?.id === page.id}
                        onClick={() =>
                          action.mutate(
                            { id: page.id, action: 'restore' },
                            { onSuccess: () => void navigate(pagePath(spaceId, page.id)), onError: (error) => onProblem(error) },
                          )
                        }
                      >
                        {t('docs.trash.restore')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={page.title}
                description={t('docs.trash.trashedAt', { at: formatDateTime(page.trashedAt, i18n.language), count: page.pages })}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
