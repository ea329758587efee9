import type { RouteObject } from 'react-router';
import { projectRoutes } from './projects/routes';

const myTasks = () => import('./mine/my-tasks-page').then(({ MyTasksPage }) => ({ Component: MyTasksPage }));

/**
 * The module's screens under `/tasks`, each loaded on first visit, inside the module's layout (its
 * My tasks | Projects switch): `/tasks` My tasks, `/tasks/:taskId` a task over My tasks (alone on a
 * phone), `/tasks/projects/…` the projects (their static segment outranks `:taskId`).
 */
export const taskRoutes: RouteObject[] = [
  {
    path: 'tasks',
    lazy: () => import('./tasks-layout').then(({ TasksLayout }) => ({ Component: TasksLayout })),
    children: [{ index: true, lazy: myTasks }, ...projectRoutes, { path: ':taskId', lazy: myTasks }],
  },
];
