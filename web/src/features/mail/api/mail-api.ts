import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { mailCall } from './http';
import type { BulkRequest, Folder, Label, Mailbox, MailMessage, ThreadPage } from './types';

/** Every query of the module starts with `mail`; a stream event names which ones it makes stale. */
export const mailKeys = {
  all: ['mail'] as const,
  mailboxes: ['mail', 'mailboxes'] as const,
  folders: (mailboxId: string) => ['mail', 'folders', mailboxId] as const,
  labels: (mailboxId: string) => ['mail', 'labels', mailboxId] as const,
  threadsOf: (folderId: string) => ['mail', 'threads', folderId] as const,
  threadLists: ['mail', 'threads'] as const,
  thread: (mailboxId: string, threadId: string) => ['mail', 'thread', mailboxId, threadId] as const,
  threadsOfMailbox: (mailboxId: string) => ['mail', 'thread', mailboxId] as const,
  drafts: (mailboxId: string) => ['mail', 'drafts', mailboxId] as const,
  draft: (draftId: string) => ['mail', 'draft', draftId] as const,
};

export const mailboxesQuery = queryOptions({
  queryKey: mailKeys.mailboxes,
  queryFn: () => mailCall<Mailbox[]>('GET', '/mailboxes'),
});

export const foldersQuery = (mailboxId: string) =>
  queryOptions({
    queryKey: mailKeys.folders(mailboxId),
    queryFn: () => mailCall<Folder[]>('GET', `/mailboxes/${mailboxId}/folders`),
  });

export const labelsQuery = (mailboxId: string) =>
  queryOptions({
    queryKey: mailKeys.labels(mailboxId),
    queryFn: () => mailCall<Label[]>('GET', `/mailboxes/${mailboxId}/labels`),
  });

const PAGE = 50;

/** A folder's threads, newest first, a page of 50 at a time ("show more" asks for the next). */
export const threadsQuery = (folderId: string) =>
  infiniteQueryOptions({
    queryKey: mailKeys.threadsOf(folderId),
    queryFn: ({ pageParam }) =>
      mailCall<ThreadPage>('GET', `/folders/${folderId}/threads`, undefined, {
        limit: String(PAGE),
        ...(pageParam ? { before: pageParam } : {}),
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });

export type ThreadPages = InfiniteData<ThreadPage, string>;

export const threadQuery = (mailboxId: string, threadId: string) =>
  queryOptions({
    queryKey: mailKeys.thread(mailboxId, threadId),
    queryFn: () =>
      mailCall<{ messages: MailMessage[] }>('GET', `/mailboxes/${mailboxId}/threads/${threadId}`).then(
        (thread) => thread.messages,
      ),
  });

export const bulk = (mailboxId: string, request: BulkRequest) =>
  mailCall<undefined>('POST', `/mailboxes/${mailboxId}/messages/bulk`, request);

export const allowRemoteImages = (messageId: string) =>
  mailCall<undefined>('POST', `/messages/${messageId}/remote-images`);

export const rawMessageUrl = (messageId: string) => `/api/v1/mail/messages/${messageId}/raw`;

export const createFolder = (mailboxId: string, name: string) =>
  mailCall<Folder>('POST', `/mailboxes/${mailboxId}/folders`, { name });

export const createLabel = (mailboxId: string, name: string) =>
  mailCall<Label>('POST', `/mailboxes/${mailboxId}/labels`, { name });
