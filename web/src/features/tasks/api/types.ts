/** The tasks module's shapes (TASKS-CONTRACT.md), as task-core's records describe them. */
export type TaskState = 'OPEN' | 'DONE';
export type Priority = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export const PRIORITIES: Priority[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'];

export interface TaskPerson {
  id: string;
  name: string;
  avatarColor: string;
}
export interface TaskRef {
  id: string;
  title: string;
  state: TaskState;
}
export interface ChecklistItem {
  id?: string | null;
  text: string;
  done: boolean;
}
export interface TaskAttachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
}
export interface TaskCard {
  id: string;
  projectId?: string | null;
  projectName?: string | null;
  sectionId?: string | null;
  rank: string;
  parentId?: string | null;
  title: string;
  state: TaskState;
  priority: Priority;
  startAt?: string | null;
  dueAt?: string | null;
  allDay: boolean;
  tags: string[];
  assignees: TaskPerson[];
  subtaskCount: number;
  subtasksDone: number;
  checklistCount: number;
  checklistDone: number;
  commentCount: number;
  blocked: boolean;
  source?: Record<string, unknown> | null;
  updatedAt: string;
}
export interface Task {
  id: string;
  projectId?: string | null;
  projectName?: string | null;
  sectionId?: string | null;
  rank: string;
  parentId?: string | null;
  title: string;
  description?: Record<string, unknown> | null;
  state: TaskState;
  priority: Priority;
  startAt?: string | null;
  dueAt?: string | null;
  allDay: boolean;
  timeZone: string;
  tags: string[];
  checklist: ChecklistItem[];
  attachments: TaskAttachment[];
  reminders: number[];
  recurrence?: string | null;
  creator: TaskPerson;
  assignees: TaskPerson[];
  followers: TaskPerson[];
  blockedBy: TaskRef[];
  blocking: TaskRef[];
  subtasks: TaskCard[];
  source?: Record<string, unknown> | null;
  completedAt?: string | null;
  completedBy?: TaskPerson | null;
  commentCount: number;
  createdAt: string;
  updatedAt: string;
  capabilities: { canEdit: boolean; canComment: boolean; canDelete: boolean };
}
export interface TaskHistoryEntry {
  id: number;
  actor: TaskPerson;
  at: string;
  field: string;
  before?: unknown;
  after?: unknown;
}

/** What a new task may say (POST /tasks). */
export interface CreateTask {
  projectId?: string;
  sectionId?: string;
  parentId?: string;
  title: string;
  description?: Record<string, unknown>;
  assigneeIds?: string[];
  followerIds?: string[];
  startAt?: string;
  dueAt?: string;
  allDay?: boolean;
  timeZone?: string;
  priority?: Priority;
  tags?: string[];
  checklist?: ChecklistItem[];
  attachmentFileIds?: string[];
  reminders?: number[];
  recurrence?: string;
  blockedByIds?: string[];
}

/** A change (PATCH /tasks/{id}): a field left out stays, `null` clears it. */
export type TaskChange = {
  [K in Exclude<keyof CreateTask, 'projectId' | 'parentId'>]?: CreateTask[K] | null;
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
