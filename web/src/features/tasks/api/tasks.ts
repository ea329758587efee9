import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { mapMyCards, myCards } from './my-cards';
import type { CreateTask, MyRole, Task, TaskChange } from './types';

type UpdateTask = components['schemas']['UpdateTask'];

/** Every query of the module starts with `tasks`; the project screens keep theirs under `tasks.project`. */
export const taskKeys = {
  all: ['tasks'] as const,
  mine: ['tasks', 'mine'] as const,
  myList: (role: MyRole) => ['tasks', 'mine', role] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  history: (id: string) => ['tasks', 'history', id] as const,
  comments: (id: string) => ['tasks', 'comments', id] as const,
};

export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: taskKeys.one(id),
    queryFn: () => body(api.GET('/api/v1/tasks/{id}', { params: { path: { id } } })),
  });

export function useTask(id: string) {
  return useQuery(taskQuery(id));
}

export function useHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.history(id),
    queryFn: () => body(api.GET('/api/v1/tasks/{id}/history', { params: { path: { id } } })),
    enabled,
  });
}

/** After any write: the task's answer in place at once, and whatever lists it may be in refetched. */
function settle(queryClient: QueryClient, task?: Task) {
  if (task) queryClient.setQueryData(taskKeys.one(task.id), task);
  if (task?.parentId) void queryClient.invalidateQueries({ queryKey: taskKeys.one(task.parentId) });
  void queryClient.invalidateQueries({ queryKey: taskKeys.mine });
  if (task) void queryClient.invalidateQueries({ queryKey: taskKeys.history(task.id) });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: CreateTask) => body(api.POST('/api/v1/tasks', { body: task })),
    onSuccess: (task) => settle(queryClient, task),
  });
}

/** The fields a change sets on the task as they are, shown before the server answers. */
const DIRECT = [
  'title',
  'description',
  'priority',
  'startAt',
  'dueAt',
  'allDay',
  'tags',
  'checklist',
  'reminders',
  'recurrence',
] as const;

/**
 * Changes a task. The fields it sets as they are show at once, so a second change made before the
 * first is answered (two checklist items typed quickly) builds on the first; a refusal puts the
 * task back as the server has it.
 */
export function useUpdateTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['tasks', 'update', id],
    mutationFn: (change: TaskChange) =>
      // the nulls that clear a field are part of the request, though the generated type has none
      body(api.PATCH('/api/v1/tasks/{id}', { params: { path: { id } }, body: change as UpdateTask })),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.one(id) });
      const before = queryClient.getQueryData<Task>(taskKeys.one(id));
      if (before) {
        const shown = Object.fromEntries(
          DIRECT.filter((field) => field in change).map((field) => [field, change[field]]),
        );
        queryClient.setQueryData<Task>(taskKeys.one(id), { ...before, ...shown } as Task);
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(taskKeys.one(id), context.before);
      void queryClient.invalidateQueries({ queryKey: taskKeys.one(id) });
    },
    onSuccess: (task) => {
      // a later change still on its way would be hidden by this older answer: its own answer follows
      if (queryClient.isMutating({ mutationKey: ['tasks', 'update', id] }) > 1) {
        void queryClient.invalidateQueries({ queryKey: taskKeys.mine });
        return;
      }
      settle(queryClient, task);
    },
  });
}

export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/tasks/{id}', { params: { path: { id } } }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: taskKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

type Lists = [readonly unknown[], unknown][];

/**
 * Completes or reopens a task. The change shows at once in every cached list of mine and in the
 * task itself; a refusal puts them back as they were and the caller shows why.
 */
export function useSetDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) => {
      const path = { params: { path: { id } } };
      return body(done ? api.POST('/api/v1/tasks/{id}/complete', path) : api.POST('/api/v1/tasks/{id}/reopen', path));
    },
    onMutate: async ({ id, done }) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.mine });
      await queryClient.cancelQueries({ queryKey: taskKeys.one(id) });
      const lists: Lists = queryClient.getQueriesData({ queryKey: taskKeys.mine });
      const task = queryClient.getQueryData<Task>(taskKeys.one(id));
      const state = done ? 'DONE' : 'OPEN';
      queryClient.setQueriesData({ queryKey: taskKeys.mine }, (data: unknown) =>
        mapMyCards(data, (card) => (card.id === id ? { ...card, state } : card)),
      );
      if (task) queryClient.setQueryData<Task>(taskKeys.one(id), { ...task, state });
      return { lists, task };
    },
    onError: (_error, { id }, before) => {
      before?.lists.forEach(([key, data]) => queryClient.setQueryData(key, data));
      if (before?.task) queryClient.setQueryData(taskKeys.one(id), before.task);
    },
    onSuccess: (task) => settle(queryClient, task),
  });
}

/** Whether a task is on any of my cached lists (the live updates' test of what concerns me). */
export function onMyLists(queryClient: QueryClient, taskId: string): boolean {
  return queryClient
    .getQueriesData({ queryKey: taskKeys.mine })
    .some(([, data]) => myCards(data).some((card) => card.id === taskId));
}
