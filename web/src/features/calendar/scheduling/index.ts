export { SchedulingAssistant, type SchedulingAssistantProps } from './scheduling-assistant';
export { type ScheduleDraft, useScheduleDraft } from './use-schedule-draft';
