import { queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { ApiProblem } from '../../../shared/api/problem';
import { mailCall } from '../api/http';
import type { Recipient } from '../api/types';

/** A completion: a person, a mailing list or a shared mailbox; `detail` tells two 张伟 apart. */
export interface Contact extends Recipient {
  kind?: 'PERSON' | 'LIST' | 'SHARED';
  detail?: string | null;
}

/**
 * People to write to for what was typed (name, pinyin, address): the mail contacts (the directory
 * with mailing lists and shared mailboxes) where the server has them, else the directory's people.
 */
export async function findContacts(q: string): Promise<Contact[]> {
  try {
    return await mailCall<Contact[]>('GET', '/contacts', undefined, { q });
  } catch (error) {
    if (!(error instanceof ApiProblem) || (error.status !== 404 && error.status !== 405)) throw error;
    const people = await body(api.GET('/api/v1/people', { params: { query: { q, size: 10 } } }));
    return (people.items ?? []).map((person) => ({
      address: person.email,
      name: person.name,
      detail: person.departmentName,
    }));
  }
}

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
