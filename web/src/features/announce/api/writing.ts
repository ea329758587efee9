import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { announceKeys } from './reading';
import type { AudienceModel } from '../write/audience';
import type { draftRequest } from '../write/draft-form';

export type Announcement = components['schemas']['Announcement'];

/** Everything announcements cache starts with this, so a write can make all of it stale at once. */
const ROOT = announceKeys.all;

export const categoriesQuery = queryOptions({
  queryKey: announceKeys.categories,
  queryFn: () => body(api.GET('/api/v1/announcement-categories')),
  staleTime: 5 * 60_000,
});

export const announcementQuery = (id: string) =>
  queryOptions({
    // the reader's key: the editor, the reader and the statistics share one copy
    queryKey: announceKeys.one(id),
    queryFn: () => body(api.GET('/api/v1/announcements/{id}', { params: { path: { id } } })),
  });

/** The groups an audience may name (the org feature's list, under its key). */
export const groupsQuery = queryOptions({
  queryKey: ['groups'],
  queryFn: () => body(api.GET('/api/v1/groups')),
  staleTime: 60_000,
});

/** The channels a card may go to: those I am in and may post to. */
export const channelsQuery = queryOptions({
  queryKey: [...ROOT, 'channels'],
  queryFn: () => body(api.GET('/api/v1/channels')),
  staleTime: 60_000,
});

/** How many people the audience holds, as far as I may address them. */
export function useAudienceSize(audience: AudienceModel, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'audience-size', audience],
    queryFn: () => body(api.POST('/api/v1/announcements/audience-size', { body: audience })),
    enabled,
    staleTime: 30_000,
  });
}

type DraftRequest = ReturnType<typeof draftRequest>;

function useAnnounceMutation<V>(call: (variables: V) => Promise<Announcement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (announcement) => {
      queryClient.setQueryData(announcementQuery(announcement.id).queryKey, announcement);
      void queryClient.invalidateQueries({ queryKey: ROOT });
    },
  });
}

/** A new draft, or the draft saved again; for a published one a correction (a new version). */
export function useSaveDraft() {
  return useAnnounceMutation(({ id, draft, reconfirm }: { id?: string; draft: DraftRequest; reconfirm: boolean }) =>
    id
      ? body(api.PUT('/api/v1/announcements/{id}', { params: { path: { id } }, body: { ...draft, reconfirm } }))
      : body(api.POST('/api/v1/announcements', { body: { ...draft, reconfirm } })),
  );
}

/** Publish now, or at `at`; the server sends it to review instead when it needs approval. */
export function usePublish() {
  return useAnnounceMutation(({ id, at }: { id: string; at?: string }) =>
    body(api.POST('/api/v1/announcements/{id}/publish', { params: { path: { id } }, body: { at } })),
  );
}

export function useWithdraw() {
  return useAnnounceMutation((id: string) =>
    body(api.POST('/api/v1/announcements/{id}/withdraw', { params: { path: { id } } })),
  );
}

export function useApprove() {
  return useAnnounceMutation((id: string) =>
    body(api.POST('/api/v1/announcements/{id}/approve', { params: { path: { id } } })),
  );
}

export function useSendBack() {
  return useAnnounceMutation(({ id, comment }: { id: string; comment: string }) =>
    body(api.POST('/api/v1/announcements/{id}/return', { params: { path: { id } }, body: { comment } })),
  );
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/announcements/{id}', { params: { path: { id } } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ROOT }),
  });
}

export type Category = components['schemas']['AnnouncementCategory'];
export type ApprovalSettings = components['schemas']['ApprovalSettings'];

const publishersKey = (departmentId: string) => [...ROOT, 'publishers', departmentId] as const;

/** Who holds the publisher role on a department. */
export const publishersQuery = (departmentId: string) =>
  queryOptions({
    queryKey: publishersKey(departmentId),
    queryFn: () => body(api.GET('/api/v1/announcement-publishers/{id}', { params: { path: { id: departmentId } } })),
  });

export function useReplacePublishers(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personIds: string[]) =>
      body(
        api.PUT('/api/v1/announcement-publishers/{id}', {
          params: { path: { id: departmentId } },
          body: { personIds },
        }),
      ),
    onSuccess: (grants) => queryClient.setQueryData(publishersKey(departmentId), grants),
  });
}

export const approvalSettingsQuery = queryOptions({
  queryKey: [...ROOT, 'approval-settings'],
  queryFn: () => body(api.GET('/api/v1/admin/announcement-settings')),
});

export function useChangeApprovalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ApprovalSettings) =>
      body(api.PUT('/api/v1/admin/announcement-settings', { body: settings })),
    onSuccess: (saved) => queryClient.setQueryData(approvalSettingsQuery.queryKey, saved),
  });
}

export function useReplaceCategories() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (categories: Category[]) =>
      body(api.PUT('/api/v1/admin/announcement-categories', { body: { categories } })),
    onSuccess: (saved) => queryClient.setQueryData(categoriesQuery.queryKey, saved),
  });
}
