import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/auth';
import { DirectoryPage } from '../features/org';
import { NotFoundPage } from './not-found-page';
import { RequireSession, useSignedIn } from './require-session';
import { SignInRoute } from './sign-in-route';

function AccountRoute() {
  return <AccountPage me={useSignedIn()} />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <Navigate to="/directory" replace /> },
      { path: 'directory/*', element: <DirectoryPage /> },
      { path: 'account', element: <AccountRoute /> },
      { path: 'admin/:section?', lazy: () => import('./admin-console').then(({ AdminConsole }) => ({ Component: AdminConsole })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
