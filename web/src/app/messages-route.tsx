import { MessagesPage } from '../features/chat/messages-page';
import { useSignedIn } from './require-session';

/** The chat module's screens, loaded on first visit like every module (the shell itself holds only the chat stream and unread counts). */
export function MessagesRoute() {
  const me = useSignedIn();
  return <MessagesPage myId={me.person.id} canCreateDepartmentChannels={me.capabilities.manageOrg} />;
}
