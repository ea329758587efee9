import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personQuery } from '../../shared/api/org-queries';
import { type Channel, useChannelMembers } from './api/channels';

const GROUP_NAMES = 3;

/**
 * A direct conversation is named after the other person; a group without a name after its members
 * (others than me, the first few); a channel has its own name.
 */
export function useChannelTitle(channel: Channel | undefined, myId?: string): { title: string; avatarColor?: string } {
  const { t } = useTranslation();
  const other = useQuery({
    ...personQuery(channel?.otherPersonId ?? ''),
    enabled: channel?.otherPersonId !== undefined,
  });
  const unnamedGroup = channel?.kind === 'GROUP' && !channel.name;
  const members = useChannelMembers(channel?.id ?? '', unnamedGroup);
  if (channel?.kind === 'DIRECT') {
    return { title: other.data?.name ?? t('chat.directChannel'), avatarColor: other.data?.avatarColor };
  }
  if (unnamedGroup) {
    const names = (members.data?.pages[0]?.items ?? [])
      .filter((member) => member.personId !== myId)
      .map((member) => member.name);
    const shown = names.slice(0, GROUP_NAMES).join(t('chat.nameSeparator'));
    const more = (channel.memberCount ?? 0) - 1 - Math.min(names.length, GROUP_NAMES);
    if (!shown) return { title: t('chat.groupChannel') };
    return { title: more > 0 ? t('chat.groupTitleMore', { names: shown, count: more }) : shown };
  }
  return { title: channel?.name ?? '' };
}

export function usePersonName(id: string) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(id));
  return { name: person.data?.name ?? t('chat.someone'), color: person.data?.avatarColor ?? '#8c8c8c' };
}
