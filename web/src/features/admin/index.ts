export { AttachmentSettings } from './attachment-settings';
export { AuditLog } from './audit-log';
export { SecuritySettings } from './security-settings';
