import { useTranslation } from 'react-i18next';
import { Navigate, useMatch, useNavigate } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../shared/ui/page-state';
import { SplitPane } from '../../shared/ui/split-pane';
import { usePage } from './api/pages';
import type { Editor } from './me';
import { PageView } from './page/page-view';
import { SpaceSettings } from './permissions/space-settings';
import { docsHome, pagePath, spacePath } from './routes';
import { DocsHome } from './spaces/docs-home';
import { SpaceOverview } from './spaces/space-overview';
import { SpacePane } from './spaces/space-pane';
import { TrashView } from './spaces/trash-view';

/** `/docs/pages/:pageId`, the short address of a page: opened in its space. */
function PageInItsSpace({ pageId }: { pageId: string }) {
  const page = usePage(pageId);
  if (page.data) return <Navigate to={pagePath(page.data.spaceId, page.data.id)} replace />;
  return page.error ? <LoadFailed error={page.error} /> : <Loading />;
}

/**
 * `/docs` (my spaces, favourites, recently viewed), `/docs/spaces/:spaceId` (its page tree),
 * `/docs/spaces/:spaceId/pages/:pageId` (a page), `/docs/spaces/:spaceId/trash` and
 * `/docs/spaces/:spaceId/settings` (for its administrators).
 */
export function DocsPage({ me }: { me: Editor }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const spaceId = useMatch('/docs/spaces/:spaceId/*')?.params.spaceId;
  const pageId = useMatch('/docs/spaces/:spaceId/pages/:pageId')?.params.pageId;
  const trash = useMatch('/docs/spaces/:spaceId/trash') !== null;
  const settings = useMatch('/docs/spaces/:spaceId/settings') !== null;
  const shortPageId = useMatch('/docs/pages/:pageId')?.params.pageId;
  if (shortPageId) return <PageInItsSpace pageId={shortPageId} />;

  let detail;
  if (spaceId && pageId) {
    detail = <PageView key={pageId} spaceId={spaceId} pageId={pageId} me={me} />;
  } else if (spaceId && trash) {
    detail = <TrashView spaceId={spaceId} />;
  } else if (spaceId && settings) {
    detail = <SpaceSettings key={spaceId} spaceId={spaceId} />;
  } else if (spaceId) {
    detail = <SpaceOverview spaceId={spaceId} />;
  } else {
    detail = (
      <div style={{ paddingTop: '20vh' }}>
        <EmptyState text={t('docs.pick')} />
      </div>
    );
  }

  return (
    <SplitPane
      showDetail={pageId !== undefined || trash || settings}
      onBack={() => void navigate(spaceId ? spacePath(spaceId) : docsHome)}
      listWidth={300}
      list={spaceId ? <SpacePane key={spaceId} spaceId={spaceId} pageId={pageId} /> : <DocsHome />}
      detail={detail}
    />
  );
}
