import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/page-state';
import { useSpace } from '../api/spaces';
import { SpaceIcon } from './space-icon';

/** What the detail pane shows in a space before a page is picked. */
export function SpaceOverview({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const space = useSpace(spaceId);
  return (
    <div style={{ padding: '15vh 24px 0', textAlign: 'center' }}>
      {space.data && (
        <>
          <Typography.Title level={3}>
            <SpaceIcon kind={space.data.kind} /> {space.data.name}
          </Typography.Title>
          {space.data.description && (
            <Typography.Paragraph type="secondary">{space.data.description}</Typography.Paragraph>
          )}
        </>
      )}
      <EmptyState text={t('docs.pickPage')} />
    </div>
  );
}
