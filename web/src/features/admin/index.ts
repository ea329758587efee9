export { AttachmentSettings } from './attachment-settings';
export { AuditLog } from './audit-log';
export { MailAdmin } from './mail/mail-admin';
export { SecuritySettings } from './security-settings';
