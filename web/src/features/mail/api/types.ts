/** The mail API's shapes (docs/mail.md, "API"), as the webmail reads and writes them. */
export interface Recipient {
  address: string;
  name?: string | null;
}

export interface Mailbox {
  id: string;
  kind: string;
  name: string;
  address: string;
  role: string;
  unread: number;
}

export type FolderRole = 'INBOX' | 'SENT' | 'DRAFTS' | 'ARCHIVE' | 'TRASH' | 'SPAM';

export interface Folder {
  id: string;
  role?: FolderRole | string | null;
  name: string;
  unread: number;
  total: number;
}

export interface Label {
  id: string;
  name: string;
  color?: string | null;
}

export interface ThreadSummary {
  threadId: string;
  subject: string;
  participants: Recipient[];
  snippet: string;
  lastAt: string;
  count: number;
  unread: boolean;
  starred: boolean;
  hasAttachments: boolean;
  labelIds: string[];
  messageIds: string[];
}

export interface ThreadPage {
  items: ThreadSummary[];
  next?: string | null;
}

export interface MailAttachment {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
  inlineCid?: string | null;
}

export interface MailMessage {
  id: string;
  folderId: string;
  from: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc?: Recipient[] | null;
  replyTo?: Recipient[] | null;
  subject: string;
  sentAt: string;
  html?: string | null;
  text?: string | null;
  remoteImages: boolean;
  remoteImagesAllowed: boolean;
  attachments: MailAttachment[];
  seen: boolean;
  starred: boolean;
  labelIds: string[];
  external: boolean;
  spoofedInternal: boolean;
  parseProblem?: string | null;
}

export type BulkAction =
  | 'SEEN'
  | 'UNSEEN'
  | 'STAR'
  | 'UNSTAR'
  | 'MOVE'
  | 'ARCHIVE'
  | 'TRASH'
  | 'SPAM'
  | 'NOT_SPAM'
  | 'RESTORE'
  | 'DELETE_FOREVER'
  | 'LABEL'
  | 'UNLABEL';

export interface BulkRequest {
  messageIds: string[];
  action: BulkAction;
  folderId?: string;
  labelId?: string;
}

/** What compose edits; the server's draft adds its id, version and the attachments' details. */
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

export interface Draft extends Omit<DraftContent, 'attachmentIds'> {
  id: string;
  mailboxId: string;
  version: number;
  attachments: MailAttachment[];
  updatedAt?: string;
}
