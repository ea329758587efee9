import type { TFunction } from 'i18next';

/** Equipment the room form offers; an administrator may type others, which show as typed. */
export const KNOWN_EQUIPMENT = ['projector', 'screen', 'video', 'whiteboard', 'phone'] as const;

export function equipmentLabel(t: TFunction, item: string): string {
  return (KNOWN_EQUIPMENT as readonly string[]).includes(item) ? t(`calendarRooms.equipment.${item}`) : item;
}
