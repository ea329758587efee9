export { FindTimeField } from './find-time-field';
export { SchedulingAssistant, type SchedulingAssistantProps } from './scheduling-assistant';
export { type ScheduleDraft, useScheduleDraft } from './use-schedule-draft';
export { useScheduleRequest } from './use-schedule-request';
