// The pages load on demand through `taskRoutes`; from here come only the paths, the route table and
// the project stream's handler, which the socket needs from the start.
export { projectsHome, taskPath, tasksHome } from './paths';
export { taskRoutes } from './routes';
export { registerProjectStream } from './realtime/project-stream';
