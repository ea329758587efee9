import type { TFunction } from 'i18next';
import type { ApiProblem, FieldError } from '../api/problem';
import { formatBytes, formatWait } from './format';

/** Translates a problem by its code; unknown codes fall back to the server's own detail. */
export function problemMessage(problem: ApiProblem, t: TFunction): string {
  const key = `errors.${problem.code}`;
  const wait = formatWait(problem.retryAfterSeconds ?? 0, t);
  // limits the server names in the problem (an upload's maxBytes, a blocked type) go into the text
  const limit = typeof problem.body.maxBytes === 'number' ? formatBytes(problem.body.maxBytes) : undefined;
  const type = typeof problem.body.blockedType === 'string' ? problem.body.blockedType : undefined;
  // what a refused search query got wrong: its unknown filter, its bad date or name, its length
  const filter = typeof problem.body.filter === 'string' ? problem.body.filter : undefined;
  const value = typeof problem.body.value === 'string' ? problem.body.value : undefined;
  const max = typeof problem.body.max === 'number' ? problem.body.max : undefined;
  if (t(key, { defaultValue: '' }) !== '') {
    return t(key, { wait, limit, type, filter, value, max });
  }
  return problem.detail ?? t('errors.generic');
}

/** Translates one field error by its code, falling back to the server's message. */
export function fieldErrorMessage(error: FieldError, t: TFunction): string {
  const problemKey = `errors.${error.code}`;
  if (t(problemKey, { defaultValue: '' }) !== '') {
    return t(problemKey);
  }
  const fieldKey = `errors.field.${error.code}`;
  if (t(fieldKey, { defaultValue: '' }) !== '') {
    return t(fieldKey);
  }
  return error.message || t('errors.generic');
}
