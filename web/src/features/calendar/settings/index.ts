export { CalendarSettings } from './calendar-settings';
export { SettingsButton } from './settings-button';
export { eventExportUrl } from './settings-api';
export { usePersonalZone } from './use-personal-zone';
