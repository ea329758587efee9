/** The client routes of the mail module; notices and search hits point at these. */
export const mailHome = '/mail';
export const mailboxPath = (mailboxId: string) => `${mailHome}/${mailboxId}`;
export const folderPath = (mailboxId: string, folderId: string) => `${mailHome}/${mailboxId}/${folderId}`;
export const threadPath = (mailboxId: string, folderId: string, threadId: string) =>
  `${folderPath(mailboxId, folderId)}/${threadId}`;
/** The middle pane shows search hits instead of a folder. */
export const SEARCH = 'search';
/** A folder named by its role rather than its id (`inbox`, `sent`, …); the page resolves it. */
export const INBOX = 'inbox';
export const inboxPath = (mailboxId: string) => folderPath(mailboxId, INBOX);
