/** The client routes of the calendar; notices, search hits, chat cards and links point at these. */
export const calendarHome = '/calendar';
export const eventPath = (id: string) => `${calendarHome}/events/${id}`;

/** A task due opens in the tasks module (`/tasks/:taskId`, the task over My tasks). */
export const taskPathOf = (id: string) => `/tasks/${id}`;
