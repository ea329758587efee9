import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { ME_KEY } from '../features/auth';
import { registerChatStream } from '../features/chat';
import { registerDocStream } from '../features/doc';
import { registerNotifyStream } from '../features/notify';
import { registerProjectStream } from '../features/tasks';
import { startPresence } from '../shared/realtime/presence';
import { connectRealtime } from '../shared/realtime/socket';

/** One socket per signed-in tab; each feature plugs its stream handler into it. */
export function useRealtime(personId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const open = useRef(navigate);
  useEffect(() => {
    open.current = navigate;
  }, [navigate]);
  useEffect(() => {
    const unregister = registerChatStream(queryClient, personId, (path) => void open.current(path));
    const unregisterDoc = registerDocStream(queryClient);
    const unregisterNotify = registerNotifyStream(queryClient, personId, (path) => void open.current(path));
    const unregisterProjects = registerProjectStream(queryClient);
    const stopPresence = startPresence();
    // 4001: the session ended (suspended, password reset); asking again sends the guard to sign-in.
    const disconnect = connectRealtime({ onSignedOut: () => void queryClient.invalidateQueries({ queryKey: ME_KEY }) });
    return () => {
      disconnect();
      stopPresence();
      unregisterProjects();
      unregisterNotify();
      unregisterDoc();
      unregister();
    };
  }, [queryClient, personId]);
}
