import type { RouteObject } from 'react-router';

/**
 * The project screens under `/tasks/projects`, each loaded on first visit: the list of projects,
 * a project (list, board or calendar), and its settings.
 */
export const projectRoutes: RouteObject[] = [
  {
    path: 'projects',
    lazy: () => import('./projects-page').then(({ ProjectsPage }) => ({ Component: ProjectsPage })),
  },
  {
    path: 'projects/:projectId',
    lazy: () => import('./project-page').then(({ ProjectPage }) => ({ Component: ProjectPage })),
  },
  {
    path: 'projects/:projectId/settings',
    lazy: () => import('./project-settings').then(({ ProjectSettings }) => ({ Component: ProjectSettings })),
  },
];
