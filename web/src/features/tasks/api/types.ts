import type { components } from '../../../shared/api/schema';

/** The tasks module's shapes (TASKS-CONTRACT.md), from the generated client. */
export type Task = components['schemas']['Task'];
export type TaskCard = components['schemas']['TaskCard'];
export type TaskPerson = components['schemas']['TaskPerson'];
export type TaskRef = components['schemas']['TaskRef'];
export type ChecklistItem = components['schemas']['ChecklistItem'];
export type TaskAttachment = components['schemas']['TaskAttachment'];
export type TaskHistoryEntry = components['schemas']['TaskHistoryEntry'];
export type CreateTask = components['schemas']['CreateTask'];
export type TaskState = Task['state'];
export type Priority = Task['priority'];
export const PRIORITIES: Priority[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'];

/**
 * A change (PATCH /tasks/{id}): a field left out stays, `null` clears it. The generated
 * `UpdateTask` has no nulls (the server reads each field as an Optional, which its OpenAPI does
 * not show as nullable), so the clearing nulls are typed here.
 */
export type TaskChange = {
  [K in keyof components['schemas']['UpdateTask']]?: components['schemas']['UpdateTask'][K] | null;
};

/** Whose tasks My tasks shows: those assigned to me, or those I follow. */
export type MyRole = 'assignee' | 'follower';

/** Where a task came from (task-links fills it in); the kinds the detail names. */
export interface TaskSource {
  kind: string;
  channelId?: string;
  channelName?: string;
  messageId?: string;
  seq?: number;
  excerpt?: string;
  status?: 'LIVE' | 'EDITED' | 'DELETED';
  pageId?: string;
  announcementId?: string;
  title?: string;
}

/** The browser's IANA zone, which a new task's all-day dates and recurrence are counted in. */
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
