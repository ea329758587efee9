import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { BulkRequest, ThreadPage } from './types';

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
  queryFn: () => body(api.GET('/api/v1/mail/mailboxes')),
});

export const foldersQuery = (mailboxId: string) =>
  queryOptions({
    queryKey: mailKeys.folders(mailboxId),
    queryFn: () => body(api.GET('/api/v1/mail/mailboxes/{id}/folders', { params: { path: { id: mailboxId } } })),
  });

export const labelsQuery = (mailboxId: string) =>
  queryOptions({
    queryKey: mailKeys.labels(mailboxId),
    queryFn: () => body(api.GET('/api/v1/mail/mailboxes/{id}/labels', { params: { path: { id: mailboxId } } })),
  });

const PAGE = 50;

/** A folder's threads, newest first, a page of 50 at a time ("show more" asks for the next). */
export const threadsQuery = (folderId: string) =>
  infiniteQueryOptions({
    queryKey: mailKeys.threadsOf(folderId),
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/mail/folders/{id}/threads', {
          params: { path: { id: folderId }, query: { limit: PAGE, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });

export type ThreadPages = InfiniteData<ThreadPage, string>;

export const threadQuery = (mailboxId: string, threadId: string) =>
  queryOptions({
    queryKey: mailKeys.thread(mailboxId, threadId),
    queryFn: () =>
      body(
        api.GET('/api/v1/mail/mailboxes/{id}/threads/{threadId}', { params: { path: { id: mailboxId, threadId } } }),
      ).then((thread) => thread.messages),
  });

export const bulk = (mailboxId: string, request: BulkRequest) =>
  body(api.POST('/api/v1/mail/mailboxes/{id}/messages/bulk', { params: { path: { id: mailboxId } }, body: request }));

export const allowRemoteImages = (messageId: string) =>
  body(api.POST('/api/v1/mail/messages/{id}/remote-images', { params: { path: { id: messageId } } }));

export const rawMessageUrl = (messageId: string) => `/api/v1/mail/messages/${messageId}/raw`;

export const createFolder = (mailboxId: string, name: string) =>
  body(api.POST('/api/v1/mail/mailboxes/{id}/folders', { params: { path: { id: mailboxId } }, body: { name } }));

export const createLabel = (mailboxId: string, name: string) =>
  body(api.POST('/api/v1/mail/mailboxes/{id}/labels', { params: { path: { id: mailboxId } }, body: { name } }));
