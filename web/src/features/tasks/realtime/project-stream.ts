import type { QueryClient } from '@tanstack/react-query';
import { applyLive } from '../../../shared/realtime/apply-live';
import { type EventFrame, registerStreamHandler } from '../../../shared/realtime/socket';
import { projectKeys } from '../projects/api/projects';
import type { BoardState } from '../projects/api/types';
import { applyProjectEntry, type TaskStreamEvent } from './apply-project-entry';

/** The stream kind task-core declares on the server (`task.project`). */
const STREAM = 'task.project';

/**
 * Keeps open boards current from their projects' streams: an entry right after a board's `lastSeq`
 * is applied to it (apply-project-entry.ts); a gap, a reset or a board not loaded here asks again.
 * Settings and grants (`project.updated`) refetch the project, since what I may do there may change.
 */
export function registerProjectStream(queryClient: QueryClient): () => void {
  const boardOf = (projectId: string) => queryClient.getQueryData<BoardState>(projectKeys.board(projectId));
  const reload = (projectId: string) => {
    void queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId) });
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
  };

  return registerStreamHandler<TaskStreamEvent>({
    stream: STREAM,
    cursors: async () =>
      Object.fromEntries(
        queryClient
          .getQueriesData<BoardState>({ queryKey: projectKeys.all })
          .filter(([key, board]) => key[3] === 'board' && board)
          .map(([key, board]) => [String(key[2]), board?.lastSeq ?? 0]),
      ),
    onEvent: (frame: EventFrame<TaskStreamEvent>) => {
      const projectId = frame.resourceId;
      const board = boardOf(projectId);
      if (board && frame.seq > board.lastSeq + 1) {
        reload(projectId);
        return;
      }
      applyLive<BoardState>(
        queryClient,
        projectKeys.board(projectId),
        (loaded) => loaded && applyProjectEntry(loaded, frame),
      );
      const { kind } = frame.event;
      if (kind === 'project.updated' || kind.startsWith('section.')) {
        void queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId), exact: true });
      }
      // grants may have changed what I may do or see
      if (kind === 'project.updated') {
        void queryClient.invalidateQueries({ queryKey: projectKeys.grants(projectId) });
        void queryClient.invalidateQueries({ queryKey: projectKeys.board(projectId) });
      }
      // open counts in the list of projects
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
    onReset: (projectId) => reload(projectId),
  });
}
