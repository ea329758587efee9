import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { bulk, mailKeys } from './mail-api';
import type { BulkRequest } from './types';

/** One bulk change to messages of a mailbox (all or nothing); lists, counts and threads asked again. */
export function useBulk(mailboxId: string) {
  const queryClient = useQueryClient();
  const onProblem = useProblemHandler();
  return useMutation({
    mutationFn: (request: BulkRequest) => bulk(mailboxId, request),
    onError: (error) => onProblem(error),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: mailKeys.threadLists });
      void queryClient.invalidateQueries({ queryKey: mailKeys.threadsOfMailbox(mailboxId) });
      void queryClient.invalidateQueries({ queryKey: mailKeys.folders(mailboxId) });
      void queryClient.invalidateQueries({ queryKey: mailKeys.mailboxes });
    },
  });
}
