import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Flex, Select, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useFavourite, useUpdatePage } from '../api/pages';
import { useTree } from '../api/spaces';
import type { Page } from '../api/types';
import type { ConnectionStatus } from '../collab/page-provider';
import type { Present } from '../collab/use-presence';
import { pagePath, spacePath } from '../routes';
import { pathTo } from '../spaces/page-tree';

const STATUS_COLOR: Record<ConnectionStatus, string> = {
  connected: 'success',
  connecting: 'processing',
  offline: 'warning',
  refused: 'error',
};

interface PageHeaderProps {
  page: Page;
  present: Present[];
  status: ConnectionStatus;
  readOnly: boolean;
  actions: React.ReactNode;
}

/** Breadcrumbs, the title (editable in place), tags, favourite star, who is here and the connection. */
export function PageHeader({ page, present, status, readOnly, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const tree = useTree(page.spaceId);
  const update = useUpdatePage();
  const favourite = useFavourite();
  const onProblem = useProblemHandler();
  const ancestors = pathTo(tree.data ?? [], page.id).slice(0, -1);
  const canEdit = page.capabilities.canEdit;

  return (
    <div
      className="doc-page-header"
      style={{ padding: `${token.paddingSM}px ${token.paddingLG}px 0`, maxWidth: 908, margin: '0 auto' }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Breadcrumb
          data-testid="page-breadcrumbs"
          items={[
            { title: <Link to={spacePath(page.spaceId)}>{page.spaceName}</Link> },
            ...ancestors.map((node) => ({ title: <Link to={pagePath(page.spaceId, node.id)}>{node.title}</Link> })),
          ]}
        />
        <Flex align="center" gap={8} className="doc-no-print">
          <Avatar.Group max={{ count: 4 }} size="small" data-testid="page-presence">
            {present.map((person) => (
              <Tooltip key={person.clientId} title={person.name}>
                <span data-testid="present-person" aria-label={person.name}>
                  <PersonAvatar name={person.name} color={person.color} size="small" />
                </span>
              </Tooltip>
            ))}
          </Avatar.Group>
          <Tag color={STATUS_COLOR[status]} data-testid="connection-status" data-status={status}>
            {t(`docs.status.${status}`)}
          </Tag>
          {actions}
        </Flex>
      </Flex>
      <Flex align="center" gap={8} style={{ marginTop: token.marginXS }}>
        <Typography.Title
          level={2}
          style={{ margin: 0, flex: 1 }}
          data-testid="page-title"
          editable={
            canEdit
              ? {
                  triggerType: ['text', 'icon'],
                  maxLength: 200,
                  onChange: (title) => {
                    const trimmed = title.trim();
                    if (trimmed && trimmed !== page.title)
                      update.mutate({ id: page.id, title: trimmed }, { onError: (error) => onProblem(error) });
                  },
                }
              : false
          }
        >
          {page.title}
        </Typography.Title>
        <Tooltip title={page.favourite ? t('docs.page.unfavourite') : t('docs.page.favourite')}>
          <Button
            type="text"
            className="doc-no-print"
            icon={page.favourite ? <StarFilled style={{ color: token.colorWarning }} /> : <StarOutlined />}
            aria-pressed={page.favourite}
            aria-label={t('docs.page.favourite')}
            onClick={() =>
              favourite.mutate({ id: page.id, favourite: !page.favourite }, { onError: (error) => onProblem(error) })
            }
            data-testid="page-favourite"
          />
        </Tooltip>
      </Flex>
      <Flex align="center" gap={8} wrap style={{ marginTop: token.marginXS }} className="doc-no-print">
        {page.archived && <Tag color="default">{t('docs.page.archived')}</Tag>}
        {readOnly && (
          <Tag color="blue" data-testid="read-only">
            {t('docs.page.readOnly')}
          </Tag>
        )}
        {canEdit ? (
          <Select
            mode="tags"
            size="small"
            variant="borderless"
            value={page.tags}
            placeholder={t('docs.tags.add')}
            style={{ minWidth: 160, flex: 1 }}
            maxCount={20}
            onChange={(tags: string[]) =>
              update.mutate(
                { id: page.id, tags: tags.map((tag) => tag.trim()).filter(Boolean) },
                { onError: (error) => onProblem(error) },
              )
            }
            data-testid="page-tags"
            open={false}
            suffixIcon={null}
          />
        ) : (
          page.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
        )}
      </Flex>
    </div>
  );
}
