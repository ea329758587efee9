/** An address split at its last @, as lists and aliases are edited: local part and domain. */
export function splitAddress(address: string): { localPart: string; domain: string } {
  const at = address.lastIndexOf('@');
  return at < 0
    ? { localPart: address, domain: '' }
    : { localPart: address.slice(0, at), domain: address.slice(at + 1) };
}

/** The domain new addresses go to: the one marked default, else none (the server answers `mail.no-domain`). */
export function defaultDomain(domains: { name: string; isDefault: boolean }[] | undefined): string | undefined {
  return domains?.find((domain) => domain.isDefault)?.name;
}

export type MailboxRole = 'READER' | 'SENDER' | 'MANAGER';
export const MAILBOX_ROLES: readonly MailboxRole[] = ['READER', 'SENDER', 'MANAGER'];

interface Member {
  kind: 'PERSON' | 'DEPARTMENT' | 'GROUP' | 'COMPANY';
  id?: string;
  name?: string;
  role: MailboxRole;
}

/** What is sent for a members list: names label answers and are left out of requests. */
export function membersRequest(members: Member[]): Omit<Member, 'name'>[] {
  return members.map(({ kind, id, role }) => ({ kind, id, role }));
}
