import { describe, expect, it } from 'vitest';
import { orderRooms, roomFacets } from './room-order';

const room = (name: string, capacity: number, free: boolean) => ({ name, capacity, free });

describe('orderRooms', () => {
  it('offers free rooms first, then the smallest that holds everyone', () => {
    const ordered = orderRooms(
      [room('Hall', 40, true), room('Busy', 6, false), room('Small', 4, true), room('Snug', 8, true)],
      6,
    );
    expect(ordered.map((r) => r.name)).toEqual(['Snug', 'Hall', 'Small', 'Busy']);
  });

  it('orders rooms of one size by name', () => {
    expect(orderRooms([room('B', 6, true), room('A', 6, true)], 2).map((r) => r.name)).toEqual(['A', 'B']);
  });
});

describe('roomFacets', () => {
  it('lists each building and each piece of equipment once, sorted', () => {
    expect(
      roomFacets([
        { building: 'B2', equipment: ['Projector', 'Whiteboard'] },
        { building: 'A1', equipment: ['Projector'] },
        { building: '', equipment: [] },
      ]),
    ).toEqual({ buildings: ['A1', 'B2'], equipment: ['Projector', 'Whiteboard'] });
  });
});
