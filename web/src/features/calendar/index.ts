// The screens load on demand through `calendarRoutes`; from here come only the paths and the route table.
export { calendarHome, eventPath } from './paths';
export { calendarRoutes } from './routes';
