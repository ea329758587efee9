import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { forward, replyTo } from './api/drafts';
import { mailKeys, type ThreadPages } from './api/mail-api';
import type { BulkRequest, MailMessage } from './api/types';
import type { Respond } from './conversation/conversation';
import type { MailCommand } from './shortcuts/keymap';

interface Where {
  mailboxId: string | undefined;
  folderId: string | undefined;
  threadId: string | undefined;
}

/**
 * What replying and the keyboard do, from what the screen shows (read from the query cache, so a
 * key press acts on exactly the list and conversation on screen).
 */
export function useMailCommands(
  where: Where,
  actions: {
    onBulk: (request: BulkRequest) => void;
    openThread: (threadId: string) => void;
    openDraft: (draftId: string, fresh: boolean) => void;
    focusSearch: () => void;
  },
) {
  const queryClient = useQueryClient();
  const onProblem = useProblemHandler();
  const { mailboxId, folderId, threadId } = where;
  const { onBulk, openThread, openDraft, focusSearch } = actions;

  const respond: Respond = useCallback(
    (message: MailMessage, how) => {
      const made = how === 'forward' ? forward(message.id) : replyTo(message.id, how === 'replyAll');
      made.then((draft) => {
        queryClient.setQueryData(mailKeys.draft(draft.id), draft);
        openDraft(draft.id, true);
      }, onProblem);
    },
    [queryClient, onProblem, openDraft],
  );

  const run = useCallback(
    (command: MailCommand) => {
      const threads = folderId
        ? (queryClient.getQueryData<ThreadPages>(mailKeys.threadsOf(folderId))?.pages.flatMap((page) => page.items) ??
          [])
        : [];
      const messages =
        mailboxId && threadId
          ? (queryClient.getQueryData<MailMessage[]>(mailKeys.thread(mailboxId, threadId)) ?? [])
          : [];
      const index = threads.findIndex((thread) => thread.threadId === threadId);
      const last = messages.at(-1);
      const ids = messages.map((message) => message.id);
      switch (command) {
        case 'next':
        case 'previous': {
          const next = threads[command === 'next' ? index + 1 : Math.max(0, index - 1)];
          if (next) openThread(next.threadId);
          break;
        }
        case 'reply':
        case 'replyAll':
        case 'forward':
          if (last) respond(last, command);
          break;
        case 'archive':
        case 'trash':
          if (ids.length > 0) onBulk({ messageIds: ids, action: command === 'archive' ? 'ARCHIVE' : 'TRASH' });
          break;
        case 'star':
          if (ids.length > 0)
            onBulk({ messageIds: ids, action: messages.some((message) => message.starred) ? 'UNSTAR' : 'STAR' });
          break;
        case 'compose':
          openDraft('new', true);
          break;
        case 'search':
          focusSearch();
          break;
      }
    },
    [queryClient, mailboxId, folderId, threadId, respond, onBulk, openThread, openDraft, focusSearch],
  );
  return { respond, run };
}
