import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { refetchIfLoading } from '../../../shared/realtime/apply-live';
import { onReady, registerStreamHandler } from '../../../shared/realtime/socket';
import { mailKeys } from '../api/mail-api';
import { type MailStreamEvent, staleBy } from './stale-by';

/** The stream kind mail-core declares on the server; its audience is the readers of a mailbox. */
const STREAM = 'mail.mailbox';

/**
 * Keeps the mail screens current while they are shown. Each event makes the queries it touches
 * stale; a fetch already on its way may have read before the change committed, so it is asked again
 * when it ends. A reset or a reconnect asks everything of the module again.
 */
export function useLiveMail() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stale = (keys: readonly (readonly unknown[])[]) =>
      keys.forEach((queryKey) => {
        void queryClient.invalidateQueries({ queryKey });
        refetchIfLoading(queryClient, queryKey);
      });
    const everything = () => void queryClient.invalidateQueries({ queryKey: mailKeys.all });
    const stopStream = registerStreamHandler<MailStreamEvent>({
      stream: STREAM,
      cursors: async () => ({}),
      onEvent: ({ resourceId, event }) => stale(staleBy(resourceId, event)),
      onReset: everything,
    });
    const stopReady = onReady(everything);
    return () => {
      stopStream();
      stopReady();
    };
  }, [queryClient]);
}
