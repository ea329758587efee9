import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, body } from '../../../../shared/api/client';
import { sortCards, sortSections } from '../../realtime/apply-project-entry';
import { reorderSections } from '../board-moves';
import type { BoardState, Project, ProjectGrant, TaskFilter } from './types';

/** The project screens' queries, under the module's `tasks` root (My tasks keeps the others). */
export const projectKeys = {
  all: ['tasks', 'project'] as const,
  list: (archived: boolean) => ['tasks', 'project', 'list', archived] as const,
  lists: ['tasks', 'project', 'list'] as const,
  one: (id: string) => ['tasks', 'project', id] as const,
  board: (id: string) => ['tasks', 'project', id, 'board'] as const,
  grants: (id: string) => ['tasks', 'project', id, 'grants'] as const,
  views: (id: string) => ['tasks', 'project', id, 'views'] as const,
};

/** The projects I may view; `archived` adds the archived ones. */
export const projectsQuery = (archived: boolean) =>
  queryOptions({
    queryKey: projectKeys.list(archived),
    queryFn: () => body(api.GET('/api/v1/task-projects', { params: { query: { archived } } })),
  });

export const projectQuery = (id: string) =>
  queryOptions({
    queryKey: projectKeys.one(id),
    queryFn: () => body(api.GET('/api/v1/task-projects/{id}', { params: { path: { id } } })),
  });

export const useProject = (id: string) => useQuery(projectQuery(id));

/**
 * The whole board (no filter: the screen filters what it holds, so live entries need no second
 * opinion): the project's sections and cards, as of the older of the two answers' stream positions.
 * Entries are applied by replacing by id, so the few an older position replays change nothing.
 */
export async function fetchBoard(queryClient: QueryClient, id: string): Promise<BoardState> {
  const [project, board] = await Promise.all([
    body(api.GET('/api/v1/task-projects/{id}', { params: { path: { id } } })),
    body(api.GET('/api/v1/task-projects/{id}/tasks', { params: { path: { id } } })),
  ]);
  queryClient.setQueryData(projectKeys.one(id), project);
  const sections = sortSections(project.sections);
  return {
    lastSeq: Math.min(project.lastSeq, board.lastSeq),
    sections,
    cards: sortCards(board.cards, sections),
  };
}

export function useBoard(id: string) {
  const queryClient = useQueryClient();
  return useQuery({ queryKey: projectKeys.board(id), queryFn: () => fetchBoard(queryClient, id) });
}

/** After a change of the project's settings or sections: what shows them is asked again. */
function refreshProject(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: projectKeys.one(id), exact: true });
  void queryClient.invalidateQueries({ queryKey: projectKeys.board(id) });
  void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (project: {
      name: string;
      description?: string;
      kind: Project['kind'];
      departmentId?: string;
      color?: string;
      sections?: string[];
    }) => body(api.POST('/api/v1/task-projects', { body: project })),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.one(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: { name?: string; description?: string; color?: string; archived?: boolean }) =>
      body(api.PATCH('/api/v1/task-projects/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.one(id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

export function useDeleteProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => body(api.DELETE('/api/v1/task-projects/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: projectKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

/** Who may view, edit or manage the project; only its managers may ask. */
export function useGrants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.grants(id),
    queryFn: () => body(api.GET('/api/v1/task-projects/{id}/grants', { params: { path: { id } } })),
    enabled,
  });
}

export function useReplaceGrants(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grants: ProjectGrant[]) =>
      body(
        api.PUT('/api/v1/task-projects/{id}/grants', {
          params: { path: { id } },
          body: { grants: grants.map(({ kind, id: principal, role }) => ({ kind, id: principal, role })) },
        }),
      ),
    onSuccess: (grants) => {
      queryClient.setQueryData(projectKeys.grants(id), grants);
      // my own role may have changed with them
      refreshProject(queryClient, id);
    },
  });
}

export function useAddSection(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      body(api.POST('/api/v1/task-projects/{id}/sections', { params: { path: { id: projectId } }, body: { name } })),
    onSuccess: () => refreshProject(queryClient, projectId),
  });
}

export function useUpdateSection(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; name?: string; position?: number }) =>
      body(api.PATCH('/api/v1/task-sections/{id}', { params: { path: { id } }, body: patch })),
    onMutate: ({ id, name, position }) => {
      // a renamed or dragged column shows where it went at once; the stream or a refetch confirms it
      queryClient.setQueryData<BoardState>(projectKeys.board(projectId), (board) => {
        if (!board) return board;
        const index = board.sections.findIndex((section) => section.id === id);
        if (index < 0) return board;
        const named = board.sections.map((section) =>
          section.id === id && name !== undefined ? { ...section, name } : section,
        );
        const renumbered = reorderSections(named, index, position ?? index);
        return { ...board, sections: renumbered, cards: sortCards(board.cards, renumbered) };
      });
    },
    onSettled: () => refreshProject(queryClient, projectId),
  });
}

export function useDeleteSection(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, moveTo }: { id: string; moveTo?: string }) =>
      body(api.DELETE('/api/v1/task-sections/{id}', { params: { path: { id }, query: { moveTo } } })),
    onSuccess: () => refreshProject(queryClient, projectId),
  });
}

/** My saved views of the project's board. */
export function useViews(projectId: string) {
  return useQuery({
    queryKey: projectKeys.views(projectId),
    queryFn: () => body(api.GET('/api/v1/task-projects/{id}/views', { params: { path: { id: projectId } } })),
  });
}

export function useSaveView(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (view: { name: string; filter: TaskFilter }) =>
      body(api.POST('/api/v1/task-projects/{id}/views', { params: { path: { id: projectId } }, body: view })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.views(projectId) }),
  });
}

export function useDeleteView(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => body(api.DELETE('/api/v1/task-views/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.views(projectId) }),
  });
}
