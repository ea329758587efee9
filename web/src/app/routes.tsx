import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/auth';
import { MessagesPage, SendMessageButton } from '../features/chat';
import { NotificationsPage } from '../features/notify';
import { DirectoryPage, OwnProfileCard } from '../features/org';
import { SearchPage } from '../features/search';
import { Loading } from '../shared/ui/page-state';
import { NotFoundPage } from './not-found-page';
import { RequireSession, useSignedIn } from './require-session';
import { MePage } from './shell/me-page';
import { SignInRoute } from './sign-in-route';

function AccountRoute() {
  const me = useSignedIn();
  return <AccountPage me={me} profile={<OwnProfileCard personId={me.person.id} />} />;
}

function MeRoute() {
  return <MePage me={useSignedIn()} />;
}

function MessagesRoute() {
  const me = useSignedIn();
  return <MessagesPage myId={me.person.id} canCreateDepartmentChannels={me.capabilities.manageOrg} />;
}

/** A colleague's card offers a conversation with them; not one's own, nor a suspended person's. */
function DirectoryRoute() {
  const me = useSignedIn();
  return (
    <DirectoryPage
      personActions={(person) => person.id !== me.person.id && person.status !== 'SUSPENDED' && <SendMessageButton personId={person.id} />}
    />
  );
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute /> },
  {
    element: <RequireSession />,
    // The admin console is loaded lazily; this shows while its code arrives on a direct visit.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <Navigate to="/messages" replace /> },
      { path: 'messages/:channelId?', element: <MessagesRoute /> },
      // a permalink to one message (its seq); link unfurling relies on exactly this shape
      { path: 'messages/:channelId/:seq', element: <MessagesRoute /> },
      { path: 'docs/*', lazy: () => import('./docs-route').then(({ DocsRoute }) => ({ Component: DocsRoute })) },
      { path: 'directory/*', element: <DirectoryRoute /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'account', element: <AccountRoute /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'me', element: <MeRoute /> },
      { path: 'admin/:section?', lazy: () => import('./admin-console').then(({ AdminConsole }) => ({ Component: AdminConsole })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
