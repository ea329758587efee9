export { AnnouncementStatsPage } from './stats-page';
