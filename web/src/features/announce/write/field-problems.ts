import type { TFunction } from 'i18next';
import { ApiProblem } from '../../../shared/api/problem';
import { fieldErrorMessage, problemMessage } from '../../../shared/i18n/problem-message';

/** The editor's fields a refusal can be about, shown under that field. */
export type DraftField = 'title' | 'category' | 'audience' | 'expiresAt' | 'pinnedUntil';

/** Problems about one field of the announcement rather than the whole of it. */
const FIELD_OF_CODE: Record<string, DraftField> = {
  'announce.audience-empty': 'audience',
  'announce.audience-not-allowed': 'audience',
  'announce.expiry-before-publication': 'expiresAt',
  'announce.category-unknown': 'category',
};

const FIELDS = new Set<string>(['title', 'category', 'audience', 'expiresAt', 'pinnedUntil']);

/** Which field a refusal is about, with its translated text; none when it is about the whole announcement. */
export function fieldProblem(error: unknown, t: TFunction): { field: DraftField; text: string } | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const byCode = FIELD_OF_CODE[error.code];
  if (byCode) return { field: byCode, text: problemMessage(error, t) };
  // a validation problem names the request's property; nested ones (audience.departments[0]) by their root
  const invalid = error.errors.find((fieldError) => FIELDS.has(fieldError.field.split(/[.[]/)[0]));
  return invalid
    ? { field: invalid.field.split(/[.[]/)[0] as DraftField, text: fieldErrorMessage(invalid, t) }
    : undefined;
}
