import { AnnouncementsPage } from '../features/announce/announcements-page';
import { useSignedIn } from './require-session';

/** The announce module, loaded on first visit: its reader brings the rich-text schema (TipTap) with it. */
export function AnnouncementsRoute() {
  const me = useSignedIn();
  return <AnnouncementsPage administrator={me.capabilities.administer} />;
}
