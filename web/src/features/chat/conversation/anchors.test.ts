import { describe, expect, it } from 'vitest';
import { covers, type History, type Message, pageAround } from '../api/messages';
import { firstUnreadSeq, parseSeq, permalinkPath, permalinkUrl } from './anchors';

const message = (seq: number, authorId = 'bob', deletedAt?: string): Message => ({
  id: `m${seq}`,
  channelId: 'c1',
  seq,
  authorId,
  clientMessageId: `c${seq}`,
  body: deletedAt ? '' : `message ${seq}`,
  createdAt: '2026-11-25T10:00:00Z',
  deletedAt,
  attachments: [],
  alsoInChannel: false,
  mentions: { people: [], all: false },
  reactions: [],
});

describe('permalinks', () => {
  it('have the shape /messages/<channelId>/<seq>', () => {
    expect(permalinkPath('0193-abc', 42)).toBe('/messages/0193-abc/42');
    expect(permalinkUrl('https://atrium.example', '0193-abc', 42)).toBe('https://atrium.example/messages/0193-abc/42');
  });

  it('accept only a positive whole seq', () => {
    expect(parseSeq('42')).toBe(42);
    expect(parseSeq(undefined)).toBeUndefined();
    expect(parseSeq('0')).toBeUndefined();
    expect(parseSeq('-3')).toBeUndefined();
    expect(parseSeq('4.5')).toBeUndefined();
    expect(parseSeq('abc')).toBeUndefined();
  });
});

describe('first unread', () => {
  it('is the first message of someone else after my cursor that was not deleted', () => {
    const messages = [message(1), message(2, 'me'), message(3, 'bob', '2026-11-25T10:01:00Z'), message(4), message(5)];
    expect(firstUnreadSeq(messages, 1, 'me')).toBe(4);
    expect(firstUnreadSeq(messages, 5, 'me')).toBeUndefined();
    expect(firstUnreadSeq([message(6, 'me')], 0, 'me')).toBeUndefined();
  });
});

describe('paging around a position', () => {
  it('knows whether more lies before and after the page', () => {
    const full = pageAround(
      [1, 2, 3, 4, 5, 6].map((seq) => message(seq + 10)),
      14,
      6,
    );
    expect(full).toMatchObject({ hasOlder: true, hasNewer: true });
    const atTheStart = pageAround(
      [1, 2, 3, 4].map((seq) => message(seq)),
      2,
      6,
    );
    expect(atTheStart).toMatchObject({ hasOlder: false, hasNewer: false });
  });

  it('tells whether a seq is already loaded', () => {
    const history: History = { messages: [message(10), message(11), message(12)], hasOlder: true, hasNewer: true };
    expect(covers(history, 11)).toBe(true);
    expect(covers(history, 9)).toBe(false);
    expect(covers(history, 13)).toBe(false);
    expect(covers({ ...history, hasOlder: false }, 3)).toBe(true);
    expect(covers({ ...history, hasNewer: false }, 20)).toBe(true);
  });
});
