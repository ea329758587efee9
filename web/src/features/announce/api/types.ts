import type { components } from '../../../shared/api/schema';

/** The announce module's shapes a reader meets, from the generated client. */
export type AnnouncementSummary = components['schemas']['AnnouncementSummary'];
export type Announcement = components['schemas']['Announcement'];
export type AnnouncementList = components['schemas']['AnnouncementList'];
export type Importance = AnnouncementSummary['importance'];
export type AnnouncementCategory = components['schemas']['AnnouncementCategory'];
/** One kept version of an announcement's title and body; `VersionSummary` lists them without the body. */
export type AnnouncementVersion = components['schemas']['AnnouncementVersion'];
export type VersionSummary = components['schemas']['VersionSummary'];
export type AnnouncementComment = components['schemas']['AnnouncementComment'];

/** The list's boxes: what reached me, what expired, what I wrote, what waits for my approval. */
export type Box = 'inbox' | 'archive' | 'mine' | 'review';
export const BOXES: Box[] = ['inbox', 'archive', 'mine', 'review'];
