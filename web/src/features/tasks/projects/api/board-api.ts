import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../../shared/api/client';
import { applyMove, type MoveTarget } from '../board-moves';
import { projectKeys } from './projects';
import type { BoardState, TaskCard } from './types';

/**
 * The board's writes on its cards. Each shows at once in the board's cache; the server's answer
 * arrives again as the stream's `task.upserted`, which replaces the card with what is true. A
 * failure puts back the board as it was before and the caller shows the translated problem.
 */
function useBoardWrite<V>(projectId: string, optimistic: (board: BoardState, variables: V) => BoardState) {
  const queryClient = useQueryClient();
  const key = projectKeys.board(projectId);
  return {
    onMutate: async (variables: V) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<BoardState>(key);
      if (before) queryClient.setQueryData<BoardState>(key, optimistic(before, variables));
      return { before };
    },
    onError: (_error: unknown, _variables: V, context?: { before?: BoardState }) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'mine'] });
    },
  };
}

export function useMoveCard(projectId: string) {
  return useMutation({
    mutationFn: ({ cardId, target }: { cardId: string; target: MoveTarget }) =>
      body(api.POST('/api/v1/tasks/{id}/move', { params: { path: { id: cardId } }, body: target })),
    ...useBoardWrite(projectId, (board, { cardId, target }: { cardId: string; target: MoveTarget }) =>
      applyMove(board, cardId, target),
    ),
  });
}

export function useSetCardDone(projectId: string) {
  return useMutation({
    mutationFn: ({ card, done }: { card: TaskCard; done: boolean }) =>
      body(
        done
          ? api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: card.id } } })
          : api.POST('/api/v1/tasks/{id}/reopen', { params: { path: { id: card.id } } }),
      ),
    ...useBoardWrite(projectId, (board, { card, done }: { card: TaskCard; done: boolean }) => ({
      ...board,
      cards: board.cards.map((other) =>
        other.id === card.id ? { ...other, state: done ? ('DONE' as const) : ('OPEN' as const) } : other,
      ),
    })),
  });
}

/** A new task at the end of a section (the server appends it last). */
export function useAddCard(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sectionId, title }: { sectionId: string; title: string }) =>
      body(
        api.POST('/api/v1/tasks', {
          body: {
            projectId,
            sectionId,
            title,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            assigneeIds: [],
            followerIds: [],
            tags: [],
            checklist: [],
            attachmentFileIds: [],
            reminders: [],
            blockedByIds: [],
          },
        }),
      ),
    onSuccess: () => {
      // the stream brings the card; a board without a live socket asks
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

/** The browser's IANA zone: dates in an export or an import are read in it. */
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Where the project's tasks download as a CSV (UTF-8 with a BOM) or XLSX file. */
export const exportUrl = (projectId: string, format: 'csv' | 'xlsx') =>
  `/api/v1/task-projects/${projectId}/export?${new URLSearchParams({ format, zone: zone() })}`;

/** Imports a CSV file into the project, all or nothing (`task.import-invalid` lists the refused lines). */
export function useImportTasks(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      body(
        api.POST('/api/v1/task-projects/{id}/import', {
          params: { path: { id: projectId }, query: { zone: zone() } },
          body: { file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId) });
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}
