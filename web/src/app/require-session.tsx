import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { ForcedStep, type Me, useMe } from '../features/auth';
import { LoadFailed, Loading } from '../shared/ui/page-state';
import { LanguageSwitch } from './language-switch';
import { AppShell } from './shell/app-shell';
import { useRealtime } from './use-realtime';

/** Lets only signed-in users through, and only to the forced step while the server demands one. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isLoading) {
    return <Loading />;
  }
  if (me.isError) {
    return <LoadFailed error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (me.data.passwordChangeRequired || me.data.mfaEnrolmentRequired) {
    return <ForcedStep me={me.data} languageSwitch={<LanguageSwitch />} />;
  }
  return <SignedIn me={me.data} />;
}

function SignedIn({ me }: { me: Me }) {
  useRealtime(me.person.id);
  return (
    <AppShell me={me}>
      <Outlet context={me} />
    </AppShell>
  );
}

/** The signed-in user, for routes inside the session guard. */
export function useSignedIn(): Me {
  return useOutletContext<Me>();
}
