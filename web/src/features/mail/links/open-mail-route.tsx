import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { mailPlaceQuery } from './mail-links-api';

/** A link to a mail (`/mail/messages/<id>`, as chat's cards carry it) opens its conversation in its mailbox. */
export function OpenMailRoute() {
  const { messageId = '' } = useParams();
  const place = useQuery(mailPlaceQuery(messageId));
  if (place.isPending) return <Loading />;
  if (!place.data) return <LoadFailed error={place.error} />;
  const { mailboxId, folderId, threadId } = place.data;
  return <Navigate to={`/mail/${mailboxId}/${folderId}/${threadId}`} replace />;
}
