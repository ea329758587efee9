import type { components } from '../../../../shared/api/schema';

/** A project's shapes as task-core's records describe them (generated from the OpenAPI document). */
export type ProjectSummary = components['schemas']['ProjectSummary'];
export type Project = components['schemas']['Project'];
export type ProjectKind = Project['kind'];
export type ProjectRole = Project['myRole'];
export type ProjectGrant = components['schemas']['ProjectGrant'];
export type Section = components['schemas']['Section'];
export type TaskCard = components['schemas']['TaskCard'];
export type Priority = TaskCard['priority'];
export type SavedView = components['schemas']['SavedView'];
export type TaskFilter = components['schemas']['TaskFilter'];
export type DueFilter = NonNullable<TaskFilter['due']>;

export const PROJECT_KINDS: ProjectKind[] = ['PERSONAL', 'TEAM', 'DEPARTMENT'];
export const PROJECT_ROLES: ProjectRole[] = ['VIEWER', 'EDITOR', 'MANAGER'];
export const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW', 'NONE'];
export const DUE_FILTERS: DueFilter[] = ['OVERDUE', 'TODAY', 'WEEK', 'NONE'];
/** The colours a project may wear (antd's preset names, which the server stores as given). */
export const PROJECT_COLORS = ['blue', 'green', 'orange', 'red', 'purple', 'cyan', 'magenta', 'gold'] as const;

/**
 * What the board shows: the project's sections in position order and its top-level cards in
 * (section position, rank) order, as of `lastSeq` of the project's stream.
 */
export interface BoardState {
  lastSeq: number;
  sections: Section[];
  cards: TaskCard[];
}
