import type { JSONContent } from '@tiptap/core';
import { audienceRequest, EMPTY_AUDIENCE, type AudienceModel } from './audience';

export type Importance = 'NORMAL' | 'IMPORTANT' | 'URGENT';
export const IMPORTANCES: Importance[] = ['NORMAL', 'IMPORTANT', 'URGENT'];

/** A file the author attached, named by the upload or by the announcement. */
export interface AttachedFile {
  id: string;
  name?: string;
}

/** Everything the author edits, as plain data: what the local copy keeps and the request is made from. */
export interface DraftFields {
  title: string;
  body: JSONContent;
  category: string | null;
  importance: Importance;
  mustRead: boolean;
  coverFileId: string | null;
  attachments: AttachedFile[];
  expiresAt: string | null;
  pinnedUntil: string | null;
  commentsEnabled: boolean;
  reactionsEnabled: boolean;
  channelId: string | null;
  audience: AudienceModel;
  includeLaterJoiners: boolean;
}

export const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

export const NEW_DRAFT: DraftFields = {
  title: '',
  body: EMPTY_BODY,
  category: null,
  importance: 'NORMAL',
  mustRead: false,
  coverFileId: null,
  attachments: [],
  expiresAt: null,
  pinnedUntil: null,
  commentsEnabled: true,
  reactionsEnabled: true,
  channelId: null,
  audience: EMPTY_AUDIENCE,
  includeLaterJoiners: true,
};

/** The server's announcement, as far as the editor edits it. */
export interface EditableAnnouncement {
  title: string;
  body: unknown;
  category: string;
  importance: Importance;
  mustRead: boolean;
  coverFileId?: string | null;
  attachmentFileIds: string[];
  /** Their names, as the server gives them. */
  attachments: { id: string; name: string }[];
  expiresAt?: string | null;
  pinnedUntil?: string | null;
  commentsEnabled: boolean;
  reactionsEnabled: boolean;
  channelId?: string | null;
  audience: AudienceModel;
  includeLaterJoiners: boolean;
}

export function fieldsOf(announcement: EditableAnnouncement): DraftFields {
  return {
    title: announcement.title,
    body: (announcement.body as JSONContent | null) ?? EMPTY_BODY,
    category: announcement.category,
    importance: announcement.importance,
    mustRead: announcement.mustRead,
    coverFileId: announcement.coverFileId ?? null,
    attachments: announcement.attachmentFileIds.map((id) => ({
      id,
      name: announcement.attachments.find((file) => file.id === id)?.name,
    })),
    expiresAt: announcement.expiresAt ?? null,
    pinnedUntil: announcement.pinnedUntil ?? null,
    commentsEnabled: announcement.commentsEnabled,
    reactionsEnabled: announcement.reactionsEnabled,
    channelId: announcement.channelId ?? null,
    audience: announcement.audience,
    includeLaterJoiners: announcement.includeLaterJoiners,
  };
}

/** `AnnouncementDraft` as the server takes it: optional values left out rather than sent empty. */
export function draftRequest(fields: DraftFields) {
  return {
    title: fields.title.trim(),
    body: fields.body as Record<string, unknown>,
    category: fields.category ?? '',
    importance: fields.importance,
    mustRead: fields.mustRead,
    coverFileId: fields.coverFileId ?? undefined,
    attachmentFileIds: fields.attachments.map((file) => file.id),
    expiresAt: fields.expiresAt ?? undefined,
    pinnedUntil: fields.pinnedUntil ?? undefined,
    commentsEnabled: fields.commentsEnabled,
    reactionsEnabled: fields.reactionsEnabled,
    channelId: fields.channelId ?? undefined,
    audience: audienceRequest(fields.audience),
    includeLaterJoiners: fields.includeLaterJoiners,
  };
}

/** JSON with every object's keys sorted: the server stores the body as jsonb, which reorders keys. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Whether two sets of fields would save the same announcement (the local copy is offered only when they differ). */
export function sameDraft(a: DraftFields, b: DraftFields): boolean {
  return stableJson(draftRequest(a)) === stableJson(draftRequest(b));
}
