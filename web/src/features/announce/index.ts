// AnnouncementsPage (announcements-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { MustReadBanner } from './banner/must-read-banner';
export { announcementPath, announcementsHome } from './routes';
