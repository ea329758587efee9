import type { Box } from './api/types';

/** The client routes of the announce module; notices, search hits and chat cards link to these. */
export const announcementsHome = '/announcements';
export const boxPath = (box: Box) => (box === 'inbox' ? announcementsHome : `${announcementsHome}?box=${box}`);
export const announcementPath = (id: string) => `${announcementsHome}/${id}`;
export const newAnnouncementPath = `${announcementsHome}/new`;
export const editAnnouncementPath = (id: string) => `${announcementsHome}/${id}/edit`;
export const announcementStatsPath = (id: string) => `${announcementsHome}/${id}/stats`;
