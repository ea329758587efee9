import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personQuery } from '../../shared/api/org-queries';
import type { Channel } from './api/channels';

/** A direct conversation is named after the other person; a channel has its own name. */
export function useChannelTitle(channel: Channel | undefined): { title: string; avatarColor?: string } {
  const { t } = useTranslation();
  const other = useQuery({ ...personQuery(channel?.otherPersonId ?? ''), enabled: channel?.otherPersonId !== undefined });
  if (channel?.kind === 'DIRECT') {
    return { title: other.data?.name ?? t('chat.directChannel'), avatarColor: other.data?.avatarColor };
  }
  return { title: channel?.name ?? '' };
}

export function usePersonName(id: string) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(id));
  return { name: person.data?.name ?? t('chat.someone'), color: person.data?.avatarColor ?? '#8c8c8c' };
}
