import { useQueries } from '@tanstack/react-query';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { restrictionsQuery } from '../api/pages';
import { useTree } from '../api/spaces';
import type { PageRestriction } from '../api/types';
import { pagePath } from '../routes';

const names = (list: PageRestriction[]) => list.map((entry) => entry.name ?? '?').join(', ');

/** The restrictions of pages above this one, which apply to it too: whose they are and whom they let in. */
export function InheritedRestrictions({ spaceId, pageIds }: { spaceId: string; pageIds: string[] }) {
  const { t } = useTranslation();
  const tree = useTree(spaceId);
  const above = useQueries({ queries: pageIds.map((id) => restrictionsQuery(id)) });
  if (pageIds.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="inherited-restrictions">
      {pageIds.map((id, index) => {
        const restrictions = above[index].data;
        const title = tree.data?.find((node) => node.id === id)?.title ?? '…';
        const parts = [
          restrictions && restrictions.readers.length > 0
            ? t('docs.restrictions.inheritedReaders', { names: names(restrictions.readers) })
            : null,
          restrictions && restrictions.editors.length > 0
            ? t('docs.restrictions.inheritedEditors', { names: names(restrictions.editors) })
            : null,
        ].filter(Boolean);
        return (
          <Alert
            key={id}
            type="warning"
            showIcon
            title={<Link to={pagePath(spaceId, id)}>{t('docs.restrictions.inherited', { title })}</Link>}
            description={parts.join(' · ')}
          />
        );
      })}
    </Flex>
  );
}
