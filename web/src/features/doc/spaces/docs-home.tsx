import { ClockCircleOutlined, DownOutlined, PlusOutlined, RightOutlined, StarFilled } from '@ant-design/icons';
import { Button, Flex, List, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useFavourites, useRecent } from '../api/pages';
import { useArchivedSpaces, useSpaces } from '../api/spaces';
import type { PageLink, Space } from '../api/types';
import { pagePath, spacePath } from '../routes';
import { NewSpaceModal } from './new-space-modal';
import { SpaceIcon } from './space-icon';

function PageLinks({ links, testId, icon }: { links: PageLink[]; testId: string; icon: React.ReactNode }) {
  const navigate = useNavigate();
  return (
    <List
      size="small"
      dataSource={links}
      data-testid={testId}
      renderItem={(link) => (
        <List.Item
          style={{ cursor: 'pointer', paddingInline: 16 }}
          onClick={() => void navigate(pagePath(link.spaceId, link.id))}
          data-testid="page-link"
        >
          <Flex gap={8} style={{ minWidth: 0 }}>
            {icon}
            <Typography.Text ellipsis style={{ minWidth: 0 }}>
              {link.title}
            </Typography.Text>
            {/* the space's name gives way before the title does, and only as far as the row lacks room */}
            <Typography.Text
              type="secondary"
              ellipsis
              style={{ flex: '0 4 auto', minWidth: 48 }}
              data-testid="page-link-space"
            >
              {link.spaceName}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function SpaceList({ spaces, testId }: { spaces: Space[]; testId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <List
      size="small"
      dataSource={spaces}
      data-testid={testId}
      renderItem={(space) => (
        <List.Item
          style={{ cursor: 'pointer', paddingInline: 16 }}
          onClick={() => void navigate(spacePath(space.id))}
          data-testid="space-item"
        >
          <Flex gap={8} align="center" style={{ minWidth: 0 }}>
            <SpaceIcon kind={space.kind} />
            <Typography.Text ellipsis strong>
              {space.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
              {t(`docs.space.kind.${space.kind}`)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** Archived spaces stay readable; they are listed apart, asked for only when opened. */
function ArchivedSpaces() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const archived = useArchivedSpaces(open);
  return (
    <>
      <Button
        type="text"
        size="small"
        icon={open ? <DownOutlined /> : <RightOutlined />}
        onClick={() => setOpen(!open)}
        style={{ margin: '8px 8px 0' }}
        data-testid="archived-spaces-toggle"
      >
        {t('docs.space.showArchived')}
      </Button>
      {open && archived.isLoading && <Loading />}
      {open && archived.data?.length === 0 && <EmptyState text={t('docs.space.noArchived')} />}
      {open && archived.data && archived.data.length > 0 && (
        <SpaceList spaces={archived.data} testId="archived-space-list" />
      )}
    </>
  );
}

/** The docs module's list pane: my spaces, then my favourite and recently viewed pages. */
export function DocsHome() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const spaces = useSpaces();
  const favourites = useFavourites();
  const recent = useRecent();
  const [creating, setCreating] = useState(false);
  const heading = { margin: `${token.marginSM}px ${token.margin}px ${token.marginXXS}px`, fontSize: 13 };

  return (
    <div data-testid="docs-home">
      <Flex justify="space-between" align="center" style={{ padding: `${token.paddingSM}px ${token.padding}px` }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('docs.title')}
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="space-new">
          {t('docs.space.new')}
        </Button>
      </Flex>
      <Typography.Title level={5} type="secondary" style={heading}>
        {t('docs.space.mine')}
      </Typography.Title>
      {spaces.isLoading && <Loading />}
      {spaces.error && <LoadFailed error={spaces.error} onRetry={() => void spaces.refetch()} />}
      {spaces.data?.length === 0 && <EmptyState text={t('docs.space.none')} />}
      {spaces.data && spaces.data.length > 0 && <SpaceList spaces={spaces.data} testId="space-list" />}
      <ArchivedSpaces />
      {(favourites.data?.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} type="secondary" style={heading}>
            {t('docs.favourites')}
          </Typography.Title>
          <PageLinks
            links={favourites.data ?? []}
            testId="favourite-pages"
            icon={<StarFilled style={{ color: token.colorWarning }} aria-hidden />}
          />
        </>
      )}
      {(recent.data?.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} type="secondary" style={heading}>
            {t('docs.recent')}
          </Typography.Title>
          <PageLinks links={recent.data ?? []} testId="recent-pages" icon={<ClockCircleOutlined aria-hidden />} />
        </>
      )}
      <NewSpaceModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(space) => void navigate(spacePath(space.id))}
      />
    </div>
  );
}
