import { SendMessageButton } from '../features/chat/send-message-button';
import { DirectoryPage } from '../features/org/directory/directory-page';
import { ScheduleMeetingButton } from '../shared/ui/schedule-meeting-button';
import { useSignedIn } from './require-session';

/** A colleague's card offers a conversation and a meeting with them; not one's own, nor a suspended person's. */
export function DirectoryRoute() {
  const me = useSignedIn();
  return (
    <DirectoryPage
      personActions={(person) =>
        person.id !== me.person.id &&
        person.status !== 'SUSPENDED' && (
          <>
            <SendMessageButton personId={person.id} />
            <ScheduleMeetingButton request={{ people: [person.id] }} />
          </>
        )
      }
    />
  );
}
