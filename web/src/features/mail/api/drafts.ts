import { ApiProblem } from '../../../shared/api/problem';
import { api, body } from '../../../shared/api/client';
import type { Draft, DraftContent, WriteDraft } from './types';

export const DRAFT_CONFLICT = 'mail.draft-conflict';

/** A draft as the server takes it: the body is TipTap JSON, which the spec can only type as a JsonNode. */
const written = ({ body: doc, replyToMessageId, forwardOfMessageId, ...rest }: DraftContent): WriteDraft => ({
  ...rest,
  body: doc as WriteDraft['body'],
  replyToMessageId: replyToMessageId ?? undefined,
  forwardOfMessageId: forwardOfMessageId ?? undefined,
});

export const listDrafts = (mailboxId: string) =>
  body(api.GET('/api/v1/mail/mailboxes/{id}/drafts', { params: { path: { id: mailboxId } } }));

export const createDraft = (mailboxId: string, content: DraftContent) =>
  body(api.POST('/api/v1/mail/mailboxes/{id}/drafts', { params: { path: { id: mailboxId } }, body: written(content) }));

export const updateDraft = (draftId: string, content: DraftContent, version: number) =>
  body(
    api.PUT('/api/v1/mail/drafts/{id}', { params: { path: { id: draftId } }, body: { ...written(content), version } }),
  );

export const deleteDraft = (draftId: string) =>
  body(api.DELETE('/api/v1/mail/drafts/{id}', { params: { path: { id: draftId } } }));

export const sendDraft = (draftId: string) =>
  body(api.POST('/api/v1/mail/drafts/{id}/send', { params: { path: { id: draftId } } }));

export const replyTo = (messageId: string, all: boolean) =>
  body(api.POST('/api/v1/mail/messages/{id}/reply', { params: { path: { id: messageId } }, body: { all } }));

export const forward = (messageId: string) =>
  body(api.POST('/api/v1/mail/messages/{id}/forward', { params: { path: { id: messageId } } }));

/** The newer draft a stale save met (the 409's body carries it), or undefined for any other failure. */
export function newerDraft(error: unknown): Draft | undefined {
  if (!(error instanceof ApiProblem) || error.code !== DRAFT_CONFLICT) return undefined;
  const current = error.body.current ?? error.body.draft;
  return typeof current === 'object' && current !== null && 'version' in current ? (current as Draft) : undefined;
}
