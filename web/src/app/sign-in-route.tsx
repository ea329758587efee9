import { Navigate, useLocation, useNavigate } from 'react-router';
import { SignInPage, useMe } from '../features/auth';
import { Loading } from '../shared/ui/page-state';
import { LanguageSwitch } from './language-switch';

function returnPath(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'from' in state &&
    typeof state.from === 'string' &&
    state.from.startsWith('/')
  ) {
    return state.from;
  }
  return '/';
}

export function SignInRoute() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);
  if (me.isLoading) {
    return <Loading />;
  }
  if (me.data) {
    return <Navigate to={target} replace />;
  }
  return <SignInPage onSignedIn={() => void navigate(target, { replace: true })} languageSwitch={<LanguageSwitch />} />;
}
