import { DocsPage } from '../features/doc/docs-page';
import { useSignedIn } from './require-session';

/** The docs module, loaded on first visit: its editor (TipTap, Yjs, highlighting) is the largest part of the client. */
export function DocsRoute() {
  const me = useSignedIn();
  return <DocsPage me={{ id: me.person.id, name: me.person.name, color: me.person.avatarColor }} />;
}
