import { describe, expect, it } from 'vitest';
import type { Message } from '../api/messages';
import { receiptOf } from '../api/receipts';
import { applyToCursors } from './apply-entry';
import { chatAttention, notifies } from './desktop-notify';

const message = (seq: number, authorId: string, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  channelId: 'c1',
  seq,
  authorId,
  clientMessageId: `c${seq}`,
  body: 'hello',
  createdAt: '2026-11-25T10:00:00Z',
  attachments: [],
  alsoInChannel: false,
  mentions: { people: [], all: false },
  reactions: [],
  ...extra,
});

describe('read receipts', () => {
  it('follow read.moved entries, and equal the cursors a fresh fetch returns', () => {
    const cursors = [
      { personId: 'me', readSeq: 5 },
      { personId: 'bob', readSeq: 2 },
      { personId: 'eve', readSeq: 3 },
    ];
    const moved = applyToCursors(cursors, {
      resourceId: 'c1',
      seq: 7,
      event: { kind: 'read.moved', personId: 'bob', readSeq: 6 },
    });
    expect(moved).toEqual([
      { personId: 'me', readSeq: 5 },
      { personId: 'bob', readSeq: 6 },
      { personId: 'eve', readSeq: 3 },
    ]);
    expect(receiptOf(moved ?? [], { seq: 5, authorId: 'me' })).toEqual({ readBy: ['bob'], unreadBy: ['eve'] });
    expect(
      applyToCursors(cursors, {
        resourceId: 'c1',
        seq: 8,
        event: { kind: 'message.posted', message: message(8, 'bob') },
      }),
    ).toBe(cursors);
  });
});

describe('desktop notifications', () => {
  it('are for others’ messages in direct and group conversations or mentioning me, never in do not disturb', () => {
    expect(notifies(message(1, 'bob'), { kind: 'DIRECT' }, 'me', false)).toBe(true);
    expect(notifies(message(1, 'bob'), { kind: 'GROUP' as 'DIRECT' }, 'me', false)).toBe(true);
    expect(notifies(message(1, 'bob'), { kind: 'PUBLIC' }, 'me', false)).toBe(false);
    expect(
      notifies(message(1, 'bob', { mentions: { people: ['me'], all: false } }), { kind: 'PUBLIC' }, 'me', false),
    ).toBe(true);
    expect(notifies(message(1, 'me'), { kind: 'DIRECT' }, 'me', false)).toBe(false);
    expect(notifies(message(1, 'bob'), { kind: 'DIRECT' }, 'me', true)).toBe(false);
  });
});

describe('what in chat asks for me', () => {
  it('is everything unread in direct and group conversations and only mentions of me in channels', () => {
    expect(
      chatAttention([
        { kind: 'DIRECT', unread: 2, mentionCount: 1 },
        { kind: 'GROUP', unread: 1, mentionCount: 0 },
        { kind: 'PUBLIC', unread: 40, mentionCount: 3 },
        { kind: 'DEPARTMENT', unread: 7, mentionCount: 0 },
      ]),
    ).toBe(6);
    expect(chatAttention([{ kind: 'PUBLIC', unread: 12, mentionCount: 0 }])).toBe(0);
    expect(chatAttention([])).toBe(0);
  });
});
