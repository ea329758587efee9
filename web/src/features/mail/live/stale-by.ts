import type { QueryKey } from '@tanstack/react-query';
import { mailKeys } from '../api/mail-api';

/** One event of a mailbox's stream (`mail.mailbox`); the ids it names, where it names them. */
export interface MailStreamEvent {
  kind: string;
  messageId?: string;
  threadId?: string;
  folderId?: string;
  folderIds?: string[];
  draftId?: string;
}

/**
 * The queries one event of mailbox `mailboxId`'s stream makes stale. Nothing is patched in place: a
 * folder page is one indexed read, and asking it again is always equal to the server (a thread that
 * moves to the top, counts that change with it), which is the apply-equals-refetch rule at its
 * simplest. An event that names no folder makes every open folder stale, never too few.
 */
export function staleBy(mailboxId: string, event: MailStreamEvent): QueryKey[] {
  const folders = [event.folderId, ...(event.folderIds ?? [])].filter((id): id is string => !!id);
  const lists: QueryKey[] = folders.length > 0 ? folders.map(mailKeys.threadsOf) : [mailKeys.threadLists];
  const thread: QueryKey[] = event.threadId
    ? [mailKeys.thread(mailboxId, event.threadId)]
    : [mailKeys.threadsOfMailbox(mailboxId)];
  const counts: QueryKey[] = [mailKeys.mailboxes, mailKeys.folders(mailboxId)];
  switch (event.kind) {
    case 'mail.message-added':
    case 'mail.message-changed':
    case 'mail.message-removed':
      return [...counts, ...lists, ...thread];
    case 'mail.draft-saved':
    case 'mail.draft-removed':
      return [mailKeys.drafts(mailboxId), ...(event.draftId ? [mailKeys.draft(event.draftId)] : [])];
    case 'mail.folder-changed':
      return [...counts, mailKeys.labels(mailboxId)];
    default:
      // a kind this client does not know yet: everything of the mailbox, to be safe
      return [...counts, mailKeys.threadLists, mailKeys.threadsOfMailbox(mailboxId), mailKeys.labels(mailboxId)];
  }
}
