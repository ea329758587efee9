export { CalendarSettings } from './calendar-settings';
export { eventExportUrl } from './settings-api';
