// The pages load on demand through `mailRoutes`; from here come only the paths and the route table.
export { inboxPath, mailHome } from './paths';
export { mailRoutes } from './routes';
