import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { announcementQuery } from '../api/writing';
import { AnnouncementEditor } from './announcement-editor';
import { fieldsOf, NEW_DRAFT } from './draft-form';
import './write.css';

function ExistingAnnouncement({ id }: { id: string }) {
  const query = useQuery(announcementQuery(id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  // keyed by id and version: a correction saved elsewhere reloads the fields, typing does not
  return (
    <AnnouncementEditor key={`${id}:${query.data.version}`} announcement={query.data} initial={fieldsOf(query.data)} />
  );
}

/** `/announcements/new` and `/announcements/:id/edit`. */
export function AnnouncementEditorPage() {
  const { id } = useParams();
  return (
    <div className="announce-write" data-testid="announce-editor">
      {id ? <ExistingAnnouncement id={id} /> : <AnnouncementEditor key="new" initial={NEW_DRAFT} />}
    </div>
  );
}
