import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/ui/page-state';
import { SplitPane } from '../../shared/ui/split-pane';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { useReviewWaiting } from './api/reading';
import { BOXES, type Box } from './api/types';
import { AnnouncementList } from './list/announcement-list';
import { AnnouncementReader } from './reader/announcement-reader';
import { boxPath } from './routes';

const asBox = (value: string | null): Box => BOXES.find((box) => box === value) ?? 'inbox';

interface PageProps {
  /** A system administrator reviews announcements: the review box is always there for them. */
  administrator: boolean;
}

/** `/announcements` (a box: `?box=inbox|archive|mine|review`) and `/announcements/:id` beside it (alone on a phone). */
export function AnnouncementsPage({ administrator }: PageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const [params] = useSearchParams();
  const box = asBox(params.get('box'));
  const id = useMatch('/announcements/:id')?.params.id;
  // other reviewers (content administrators) see the box while something waits for them, or while in it
  const waiting = useReviewWaiting(!administrator).data ?? false;
  const boxes = BOXES.filter((value) => value !== 'review' || administrator || waiting || box === 'review');
  return (
    <SplitPane
      showDetail={id !== undefined}
      onBack={() => void navigate(boxPath(box))}
      listWidth={380}
      list={<AnnouncementList box={box} boxes={boxes} selectedId={id} compact={isPhone} canWrite />}
      detail={
        id ? (
          <AnnouncementReader key={id} id={id} />
        ) : (
          <div style={{ paddingTop: '20vh' }}>
            <EmptyState text={t('announce.pick')} />
          </div>
        )
      }
    />
  );
}
