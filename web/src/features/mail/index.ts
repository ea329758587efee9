// The pages load on demand through `mailRoutes`; from here come only the paths and the route table.
export { mailHome } from './paths';
export { mailRoutes } from './routes';
