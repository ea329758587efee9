export { AnnouncementEditorPage } from './editor-page';
export { ReviewPanel } from './review-panel';
export { AnnouncementPublishersAdmin } from './publishers-admin';
