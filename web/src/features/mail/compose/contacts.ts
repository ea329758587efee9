import { queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { Recipient } from '../api/types';

/**
 * People to write to for what was typed (name, pinyin, address): people from the directory, mailing
 * lists and shared mailboxes; `detail` tells two 张伟 apart.
 */
const findContacts = (q: string) => body(api.GET('/api/v1/mail/contacts', { params: { query: { q } } }));

export const contactsQuery = (q: string) =>
  queryOptions({
    queryKey: ['mail', 'contacts', q],
    queryFn: () => findContacts(q),
    enabled: q.length > 0,
    staleTime: 60_000,
  });

/** An address as typed: "Name <a@b>" or a bare address; undefined when it is not one. */
export function parseRecipient(text: string): Recipient | undefined {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (angle) return { address: angle[2].toLowerCase(), name: angle[1].trim() || undefined };
  const bare = text.trim();
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(bare) ? { address: bare.toLowerCase() } : undefined;
}
