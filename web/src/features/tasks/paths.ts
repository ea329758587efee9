/** The client routes of the tasks module; notices, search hits, chat cards and links point at these. */
export const tasksHome = '/tasks';
export const taskPath = (id: string) => `${tasksHome}/${id}`;
export const projectsHome = `${tasksHome}/projects`;
