/** Whom an announcement goes to, as the editor holds it and the server takes it (`Audience`). */
export interface AudienceModel {
  company: boolean;
  departments: { id: string; subtree: boolean }[];
  groups: string[];
  people: string[];
  excludedPeople: string[];
}

export const EMPTY_AUDIENCE: AudienceModel = {
  company: false,
  departments: [],
  groups: [],
  people: [],
  excludedPeople: [],
};

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The request for an audience: each id once (a department picked twice keeps its widest reach, with
 * its subtree), and nothing but the exclusions beside "whole company", which already holds everyone.
 */
export function audienceRequest(model: AudienceModel): AudienceModel {
  const excludedPeople = unique(model.excludedPeople);
  if (model.company) {
    return { company: true, departments: [], groups: [], people: [], excludedPeople };
  }
  const subtree = new Map<string, boolean>();
  for (const department of model.departments) {
    subtree.set(department.id, (subtree.get(department.id) ?? false) || department.subtree);
  }
  return {
    company: false,
    departments: [...subtree].map(([id, withSubtree]) => ({ id, subtree: withSubtree })),
    groups: unique(model.groups),
    people: unique(model.people).filter((id) => !excludedPeople.includes(id)),
    excludedPeople,
  };
}

/** True when nobody is named yet: the server refuses such an audience, so publishing waits for one. */
export function audienceIsEmpty(model: AudienceModel): boolean {
  return !model.company && model.departments.length === 0 && model.groups.length === 0 && model.people.length === 0;
}
