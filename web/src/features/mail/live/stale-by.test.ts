import { describe, expect, it } from 'vitest';
import { mailKeys } from '../api/mail-api';
import { staleBy } from './stale-by';

describe('staleBy', () => {
  it('makes the folder, its counts and the thread stale when a message arrives', () => {
    const keys = staleBy('mb', { kind: 'mail.message-added', folderId: 'inbox', threadId: 't1', messageId: 'm1' });
    expect(keys).toEqual([
      mailKeys.mailboxes,
      mailKeys.folders('mb'),
      mailKeys.threadsOf('inbox'),
      mailKeys.thread('mb', 't1'),
    ]);
  });

  it('makes both folders stale when a message moves', () => {
    const keys = staleBy('mb', { kind: 'mail.message-changed', folderIds: ['inbox', 'archive'], threadId: 't1' });
    expect(keys).toContainEqual(mailKeys.threadsOf('inbox'));
    expect(keys).toContainEqual(mailKeys.threadsOf('archive'));
  });

  it('falls back to every folder list and thread of the mailbox when the event names none', () => {
    const keys = staleBy('mb', { kind: 'mail.message-removed' });
    expect(keys).toContainEqual(mailKeys.threadLists);
    expect(keys).toContainEqual(mailKeys.threadsOfMailbox('mb'));
  });

  it('touches only the drafts when a draft is saved', () => {
    expect(staleBy('mb', { kind: 'mail.draft-saved', draftId: 'd1' })).toEqual([
      mailKeys.drafts('mb'),
      mailKeys.draft('d1'),
    ]);
  });

  it('treats a kind it does not know as a change to everything of the mailbox', () => {
    expect(staleBy('mb', { kind: 'mail.something-new' })).toContainEqual(mailKeys.threadLists);
  });
});
