import { describe, expect, it } from 'vitest';
import { audienceIsEmpty, audienceRequest, EMPTY_AUDIENCE } from './audience';

describe('audienceRequest', () => {
  it('keeps only the exclusions beside the whole company', () => {
    const request = audienceRequest({
      company: true,
      departments: [{ id: 'd1', subtree: true }],
      groups: ['g1'],
      people: ['p1'],
      excludedPeople: ['p2', 'p2'],
    });
    expect(request).toEqual({ company: true, departments: [], groups: [], people: [], excludedPeople: ['p2'] });
  });

  it('names a department once, with its subtree when either pick had it', () => {
    const request = audienceRequest({
      ...EMPTY_AUDIENCE,
      departments: [
        { id: 'd1', subtree: false },
        { id: 'd2', subtree: false },
        { id: 'd1', subtree: true },
      ],
    });
    expect(request.departments).toEqual([
      { id: 'd1', subtree: true },
      { id: 'd2', subtree: false },
    ]);
  });

  it('does not name a person who is also excluded', () => {
    const request = audienceRequest({ ...EMPTY_AUDIENCE, people: ['p1', 'p2', 'p1'], excludedPeople: ['p2'] });
    expect(request.people).toEqual(['p1']);
    expect(request.excludedPeople).toEqual(['p2']);
  });
});

describe('audienceIsEmpty', () => {
  it('is empty with only exclusions', () => {
    expect(audienceIsEmpty({ ...EMPTY_AUDIENCE, excludedPeople: ['p1'] })).toBe(true);
  });

  it('is not empty with a group, a person, a department or the company', () => {
    expect(audienceIsEmpty({ ...EMPTY_AUDIENCE, groups: ['g'] })).toBe(false);
    expect(audienceIsEmpty({ ...EMPTY_AUDIENCE, people: ['p'] })).toBe(false);
    expect(audienceIsEmpty({ ...EMPTY_AUDIENCE, departments: [{ id: 'd', subtree: false }] })).toBe(false);
    expect(audienceIsEmpty({ ...EMPTY_AUDIENCE, company: true })).toBe(false);
  });
});
