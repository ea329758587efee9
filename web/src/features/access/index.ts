export { RolesAdmin } from './roles-admin';
