import { projectsHome } from '../paths';

/** A project's screens, under the module's `/tasks/projects`. */
export const projectPath = (id: string) => `${projectsHome}/${id}`;
export const projectSettingsPath = (id: string) => `${projectPath(id)}/settings`;

/** The views of a project, kept in the address (`?view=`) so a reload or a link opens the same. */
export const PROJECT_VIEWS = ['list', 'board', 'calendar'] as const;
export type ProjectView = (typeof PROJECT_VIEWS)[number];
