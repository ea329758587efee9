import type { RouteObject } from 'react-router';

const page = () => import('./calendar-page').then(({ CalendarPage }) => ({ Component: CalendarPage }));

/** `/calendar` the views; `/calendar/events/:eventId` an event opened over them (link cards and notices point here). */
export const calendarRoutes: RouteObject[] = [
  { path: 'calendar', lazy: page },
  { path: 'calendar/events/:eventId', lazy: page },
];
