import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ME_KEY } from '../features/auth';
import { registerChatStream } from '../features/chat';
import { connectRealtime } from '../shared/realtime/socket';

/** One socket per signed-in tab; each feature plugs its stream handler into it. */
export function useRealtime(personId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unregister = registerChatStream(queryClient, personId);
    // 4001: the session ended (suspended, password reset); asking again sends the guard to sign-in.
    const disconnect = connectRealtime({ onSignedOut: () => void queryClient.invalidateQueries({ queryKey: ME_KEY }) });
    return () => {
      disconnect();
      unregister();
    };
  }, [queryClient, personId]);
}
