import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../../shared/api/problem';
import { fieldProblem } from './field-problems';

// answers with the key it was asked for, so the test sees which translation was chosen
const t = ((key: string) => key) as unknown as TFunction;

describe('fieldProblem', () => {
  it('puts an expiry before publication under the expiry', () => {
    const problem = new ApiProblem({ status: 400, code: 'announce.expiry-before-publication' });
    expect(fieldProblem(problem, t)).toEqual({ field: 'expiresAt', text: 'errors.announce.expiry-before-publication' });
  });

  it('puts an invalid nested audience value under the audience', () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'validation.failed',
      errors: [{ field: 'audience.departments[0].id', code: 'NotNull', message: 'must not be null' }],
    });
    expect(fieldProblem(problem, t)?.field).toBe('audience');
  });

  it('leaves a problem about the whole announcement to the toast', () => {
    expect(fieldProblem(new ApiProblem({ status: 409, code: 'announce.not-editable' }), t)).toBeUndefined();
    expect(fieldProblem(new Error('network'), t)).toBeUndefined();
  });
});
