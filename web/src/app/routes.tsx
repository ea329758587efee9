import { createBrowserRouter, Navigate } from 'react-router';
import { calendarRoutes } from '../features/calendar';
import { mailRoutes } from '../features/mail';
import { taskRoutes } from '../features/tasks';
import { Loading } from '../shared/ui/page-state';
import { NotFoundPage } from './not-found-page';
import { RequireSession, useSignedIn } from './require-session';
import { MePage } from './shell/me-page';
import { SignInRoute } from './sign-in-route';

function MeRoute() {
  return <MePage me={useSignedIn()} />;
}

const messagesRoute = () => import('./messages-route').then(({ MessagesRoute }) => ({ Component: MessagesRoute }));
const announcementsRoute = () =>
  import('./announcements-route').then(({ AnnouncementsRoute }) => ({ Component: AnnouncementsRoute }));
const announcementEditor = () =>
  import('../features/announce/write').then(({ AnnouncementEditorPage }) => ({ Component: AnnouncementEditorPage }));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute /> },
  {
    element: <RequireSession />,
    // Each module's screens are loaded on first visit, so a cold start fetches only the shell and
    // the screen it shows; this shows while that code arrives on a direct visit.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <Navigate to="/messages" replace /> },
      { path: 'messages/:channelId?', lazy: messagesRoute },
      // a permalink to one message (its seq); link unfurling relies on exactly this shape
      { path: 'messages/:channelId/:seq', lazy: messagesRoute },
      // a link to one mail (chat's cards of shared mail carry it) opens it where it is
      {
        path: 'mail/messages/:messageId',
        lazy: () =>
          import('../features/mail/links/open-mail-route').then(({ OpenMailRoute }) => ({ Component: OpenMailRoute })),
      },
      { path: 'announcements/:id?', lazy: announcementsRoute },
      { path: 'announcements/new', lazy: announcementEditor },
      { path: 'announcements/:id/edit', lazy: announcementEditor },
      {
        path: 'announcements/:id/stats',
        lazy: () =>
          import('../features/announce/stats').then(({ AnnouncementStatsPage }) => ({
            Component: AnnouncementStatsPage,
          })),
      },
      ...mailRoutes,
      ...taskRoutes,
      ...calendarRoutes,
      { path: 'docs/*', lazy: () => import('./docs-route').then(({ DocsRoute }) => ({ Component: DocsRoute })) },
      {
        path: 'directory/*',
        lazy: () => import('./directory-route').then(({ DirectoryRoute }) => ({ Component: DirectoryRoute })),
      },
      {
        path: 'search',
        lazy: () =>
          import('../features/search/results/search-page').then(({ SearchPage }) => ({ Component: SearchPage })),
      },
      {
        path: 'account',
        lazy: () => import('./account-route').then(({ AccountRoute }) => ({ Component: AccountRoute })),
      },
      {
        path: 'notifications',
        lazy: () =>
          import('../features/notify/notifications-page').then(({ NotificationsPage }) => ({
            Component: NotificationsPage,
          })),
      },
      { path: 'me', element: <MeRoute /> },
      {
        path: 'admin/:section?',
        lazy: () => import('./admin-console').then(({ AdminConsole }) => ({ Component: AdminConsole })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
