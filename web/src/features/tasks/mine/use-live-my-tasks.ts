import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onReady, onSignal, registerStreamHandler } from '../../../shared/realtime/socket';
import { onMyLists, taskKeys } from '../api/tasks';
import type { TaskCard } from '../api/types';

/** The stream kind of a project's board on the server (task-core). */
const PROJECT_STREAM = 'task.project';

type ProjectEvent =
  { kind: 'task.upserted'; card: TaskCard } | { kind: 'task.removed'; taskId: string } | { kind: string };

/**
 * Keeps My tasks and the open task current while they are shown. The server names a changed task in
 * a `task.changed` signal to the people on it (personal tasks have no stream); a project's stream
 * says the same for its tasks, and of those only the ones on my lists, or now assigned to me, make
 * them stale. Signals are not replayed, so a reconnect refetches. Nothing is applied in place: My
 * tasks is one cheap query (each group's count and first page, plus the pages "show more" brought)
 * and refetching it is always equal to the server, a card moving between groups included.
 */
export function useLiveMyTasks(myId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const mine = () => void queryClient.invalidateQueries({ queryKey: taskKeys.mine });
    const changed = (taskId: string) => {
      mine();
      void queryClient.invalidateQueries({ queryKey: taskKeys.one(taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.history(taskId) });
    };
    const onMyList = (taskId: string) => onMyLists(queryClient, taskId);
    const stopSignal = onSignal('task.changed', (payload) => {
      const taskId = (payload as { taskId?: string }).taskId;
      if (taskId) changed(taskId);
    });
    const stopStream = registerStreamHandler<ProjectEvent>({
      stream: PROJECT_STREAM,
      cursors: async () => ({}),
      onEvent: ({ event }) => {
        if (event.kind === 'task.upserted' && 'card' in event) {
          const { card } = event;
          if (onMyList(card.id) || card.assignees.some((person) => person.id === myId)) changed(card.id);
        } else if (event.kind === 'task.removed' && 'taskId' in event && onMyList(event.taskId)) {
          changed(event.taskId);
        }
      },
      onReset: mine,
    });
    const stopReady = onReady(mine);
    return () => {
      stopSignal();
      stopStream();
      stopReady();
    };
  }, [myId, queryClient]);
}
