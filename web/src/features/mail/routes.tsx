import type { RouteObject } from 'react-router';

const mailPage = () => import('./mail-page').then(({ MailPage }) => ({ Component: MailPage }));

/**
 * The module's screens under `/mail`, loaded on first visit: `/mail` opens the first mailbox's
 * inbox, `/mail/:mailboxId` its folders (the first pane on a phone), then a folder (or `search`) and
 * a conversation in it. Compose is `?compose=new|<draftId>` over whichever is open, so a reload or
 * another device's link reopens the same draft.
 */
export const mailRoutes: RouteObject[] = [{ path: 'mail/:mailboxId?/:folderId?/:threadId?', lazy: mailPage }];
