import { AccountPage } from '../features/auth/account/account-page';
import { OwnProfileCard } from '../features/org/profile/own-profile-card';
import { useSignedIn } from './require-session';

export function AccountRoute() {
  const me = useSignedIn();
  return <AccountPage me={me} profile={<OwnProfileCard personId={me.person.id} />} />;
}
