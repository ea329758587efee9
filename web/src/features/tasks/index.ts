// The pages load on demand through `taskRoutes`; only the paths and the route table come from here.
export { projectsHome, taskPath, tasksHome } from './paths';
export { taskRoutes } from './routes';
