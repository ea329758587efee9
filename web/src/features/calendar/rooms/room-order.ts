import type { Room } from './rooms-api';

/**
 * The order rooms are offered in: free ones first, then those that fit the meeting snugly (the
 * smallest room that holds everyone, as people pick them), then by name.
 */
export function orderRooms<R extends Pick<Room, 'free' | 'capacity' | 'name'>>(rooms: R[], attendees: number): R[] {
  const fits = (room: R) => (room.capacity >= attendees ? 0 : 1);
  return [...rooms].sort(
    (a, b) =>
      Number(isFree(b)) - Number(isFree(a)) ||
      fits(a) - fits(b) ||
      a.capacity - b.capacity ||
      a.name.localeCompare(b.name),
  );
}

/** Free for the time searched (the server says nothing of a search without a time). */
export const isFree = (room: Pick<Room, 'free'>) => room.free !== false;

/** The buildings and equipment the rooms offer, for the filters' choices. */
export function roomFacets(rooms: Pick<Room, 'building' | 'equipment'>[]): {
  buildings: string[];
  equipment: string[];
} {
  const buildings = new Set<string>();
  const equipment = new Set<string>();
  for (const room of rooms) {
    if (room.building) buildings.add(room.building);
    for (const item of room.equipment ?? []) equipment.add(item);
  }
  return { buildings: [...buildings].sort(), equipment: [...equipment].sort() };
}
