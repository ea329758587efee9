import type { components } from '../../../shared/api/schema';

/** The mail API's shapes, generated from the server's OpenAPI document (docs/mail.md, "API"). */
type Schemas = components['schemas'];

export type Recipient = Schemas['MailPerson'];
export type Mailbox = Schemas['MailboxSummary'];
export type Folder = Schemas['MailFolder'];
export type Label = Schemas['MailLabel'];
export type ThreadSummary = Schemas['MailThreadSummary'];
export type ThreadPage = Schemas['MailThreadPage'];
export type MailThread = Schemas['MailThread'];
export type MailAttachment = Schemas['MailAttachment'];
export type MailMessage = Schemas['MailMessage'];
export type BulkRequest = Schemas['MailBulk'];
export type BulkAction = BulkRequest['action'];
export type Draft = Schemas['MailDraft'];
export type WriteDraft = Schemas['WriteMailDraft'];

/** What compose edits and saves (`WriteMailDraft` without the version, which the saver adds). */
export interface DraftContent {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  body: Record<string, unknown> | null;
  attachmentIds: string[];
  replyToMessageId?: string | null;
  forwardOfMessageId?: string | null;
}
