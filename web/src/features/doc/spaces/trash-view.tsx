import { App, Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/i18n/format';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { usePageAction } from '../api/pages';
import { usePurge } from '../api/space-settings';
import { useSpace, useTrash } from '../api/spaces';
import type { TrashedPage } from '../api/types';
import { pagePath } from '../routes';

/**
 * A space's trash: each trashed page with what went with it, restorable where it was; its
 * administrators delete one for good, or everything at once.
 */
export function TrashView({ spaceId }: { spaceId: string }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const space = useSpace(spaceId);
  const trash = useTrash(spaceId, true);
  const action = usePageAction(spaceId);
  const purge = usePurge(spaceId);
  const onProblem = useProblemHandler();
  const canEdit = space.data?.capabilities.canEdit ?? false;
  const canAdmin = (space.data?.capabilities.canAdmin ?? false) && !space.data?.archived;

  const confirmPurge = (page?: TrashedPage) =>
    modal.confirm({
      title: page ? t('docs.trash.purgeConfirm', { title: page.title }) : t('docs.trash.emptyConfirm'),
      content: page ? t('docs.trash.purgeHint', { count: page.pages }) : t('docs.trash.emptyHint'),
      okText: page ? t('docs.trash.purge') : t('docs.trash.emptyAll'),
      okButtonProps: { danger: true, 'data-testid': 'trash-purge-confirm' },
      onOk: () =>
        purge.mutateAsync(page?.id).then(
          () => void message.success(t('docs.trash.purged')),
          (error: unknown) => onProblem(error),
        ),
    });

  return (
    <div style={{ padding: 24, maxWidth: 760 }} data-testid="trash-view">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3}>{t('docs.trash.title')}</Typography.Title>
        {canAdmin && (trash.data?.length ?? 0) > 0 && (
          <Button danger onClick={() => confirmPurge()} data-testid="trash-empty">
            {t('docs.trash.emptyAll')}
          </Button>
        )}
      </Flex>
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
                            {
                              onSuccess: () => void navigate(pagePath(spaceId, page.id)),
                              onError: (error) => onProblem(error),
                            },
                          )
                        }
                      >
                        {t('docs.trash.restore')}
                      </Button>,
                      ...(canAdmin
                        ? [
                            <Button
                              key="purge"
                              size="small"
                              danger
                              onClick={() => confirmPurge(page)}
                              data-testid="page-purge"
                            >
                              {t('docs.trash.purge')}
                            </Button>,
                          ]
                        : []),
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={page.title}
                description={t('docs.trash.trashedAt', {
                  at: formatDateTime(page.trashedAt, i18n.language),
                  count: page.pages,
                })}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
