import { ApiProblem } from '../../../shared/api/problem';
import { mailCall } from './http';
import type { Draft, DraftContent, MailMessage } from './types';

export const DRAFT_CONFLICT = 'mail.draft-conflict';

export const listDrafts = (mailboxId: string) => mailCall<Draft[]>('GET', `/mailboxes/${mailboxId}/drafts`);

export const createDraft = (mailboxId: string, content: DraftContent) =>
  mailCall<Draft>('POST', `/mailboxes/${mailboxId}/drafts`, content);

export const updateDraft = (draftId: string, content: DraftContent, version: number) =>
  mailCall<Draft>('PUT', `/drafts/${draftId}`, { ...content, version });

export const deleteDraft = (draftId: string) => mailCall<undefined>('DELETE', `/drafts/${draftId}`);

export const sendDraft = (draftId: string) => mailCall<MailMessage>('POST', `/drafts/${draftId}/send`);

export const replyTo = (messageId: string, all: boolean) =>
  mailCall<Draft>('POST', `/messages/${messageId}/reply`, { all });

export const forward = (messageId: string) => mailCall<Draft>('POST', `/messages/${messageId}/forward`);

/** The newer draft a stale save met (the 409's body carries it), or undefined for any other failure. */
export function newerDraft(error: unknown): Draft | undefined {
  if (!(error instanceof ApiProblem) || error.code !== DRAFT_CONFLICT) return undefined;
  const current = error.body.current ?? error.body.draft;
  return typeof current === 'object' && current !== null && 'version' in current ? (current as Draft) : undefined;
}
