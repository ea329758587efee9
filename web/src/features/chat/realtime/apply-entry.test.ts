import { describe, expect, it } from 'vitest';
import type { Channel } from '../api/channels';
import type { History, Message } from '../api/messages';
import type { ThreadView } from '../api/threads';
import { applyToChannels, applyToHistory, applyToThread, type Entry, type MessageEvent } from './apply-entry';

const ME = 'me';
const OTHER = 'other';
const channel: Channel = {
  id: 'c',
  kind: 'DIRECT',
  archived: false,
  createdAt: '2026-01-01T00:00:00Z',
  lastSeq: 1,
  readSeq: 1,
  unread: 0,
  mentionCount: 0,
  memberCount: 2,
  postingPolicy: 'EVERYONE',
  mentionPolicy: 'EVERYONE',
  capabilities: { canPost: true, canManage: false, canInvite: false, canLeave: false, canMentionAll: true },
  starred: false,
};
const message = (seq: number, authorId: string, change: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  channelId: 'c',
  seq,
  authorId,
  clientMessageId: `k${seq}`,
  body: `text ${seq}`,
  createdAt: '2026-01-01T00:00:00Z',
  attachments: [],
  alsoInChannel: false,
  mentions: { people: [], all: false },
  reactions: [],
  ...change,
});
const entry = (seq: number, kind: MessageEvent['kind'], message: Message): Entry => ({
  resourceId: 'c',
  seq,
  event: { kind, message },
});

describe('applying stream entries', () => {
  // What the client has after the events must equal what a fresh fetch would answer.
  const entries = [
    entry(2, 'message.posted', message(2, OTHER)),
    entry(3, 'message.posted', message(3, ME)),
    entry(4, 'message.edited', message(2, OTHER, { body: 'changed', editedAt: '2026-01-01T00:01:00Z' })),
    entry(5, 'message.posted', message(5, OTHER)),
    entry(6, 'message.deleted', message(5, OTHER, { body: '', deletedAt: '2026-01-01T00:02:00Z' })),
  ];
  const fresh: History = {
    messages: [
      message(1, ME),
      message(2, OTHER, { body: 'changed', editedAt: '2026-01-01T00:01:00Z' }),
      message(3, ME),
      message(5, OTHER, { body: '', deletedAt: '2026-01-01T00:02:00Z' }),
    ],
    hasOlder: false,
  };

  it('leave the conversation as a fresh fetch shows it', () => {
    const history = entries.reduce<History | undefined>(applyToHistory, {
      messages: [message(1, ME)],
      hasOlder: false,
    });
    expect(history).toEqual(fresh);
  });

  it('count only others’ undeleted messages after my read cursor as unread', () => {
    const channels = entries.reduce<Channel[] | undefined>(
      (state, next) => applyToChannels(state, next, ME),
      [channel],
    );
    expect(channels).toEqual([{ ...channel, lastSeq: 6, unread: 1 }]);
  });

  it('apply the same entry twice as once', () => {
    const once = applyToHistory({ messages: [], hasOlder: false }, entries[0]);
    expect(applyToHistory(once, entries[0])).toEqual(once);
  });

  it('move only the stream on a card.changed entry: the card is fetched again, the history is as it was', () => {
    const changed: Entry = { resourceId: 'c', seq: 2, event: { kind: 'card.changed', link: '/tasks/t1' } };
    const history: History = { messages: [message(1, ME)], hasOlder: false };
    expect(applyToHistory(history, changed)).toBe(history);
    expect(applyToChannels([channel], changed, ME)).toEqual([{ ...channel, lastSeq: 2 }]);
  });

  it('apply settings as a fresh fetch shows them, a cleared topic included', () => {
    const room: Channel = { ...channel, kind: 'PUBLIC', name: 'general', topic: 'old topic', purpose: 'talk' };
    const settings = (change: object): Entry => ({
      resourceId: 'c',
      seq: 0,
      event: {
        kind: 'channel.updated',
        settings: {
          name: 'general',
          purpose: 'talk',
          archived: false,
          postingPolicy: 'EVERYONE',
          mentionPolicy: 'EVERYONE',
          ...change,
        },
      },
    });
    const applied = [
      { ...settings({ topic: '本周发布' }), seq: 2 },
      { ...settings({ topic: '本周发布', postingPolicy: 'ADMINS', mentionPolicy: 'ADMINS' }), seq: 3 },
      { ...settings({ archived: true, postingPolicy: 'ADMINS', mentionPolicy: 'ADMINS' }), seq: 4 },
    ].reduce<Channel[] | undefined>((state, next) => applyToChannels(state, next, ME), [room]);
    const fresh: Channel = {
      ...room,
      topic: undefined,
      archived: true,
      postingPolicy: 'ADMINS',
      mentionPolicy: 'ADMINS',
      lastSeq: 4,
    };
    expect(applied).toEqual([fresh]);
  });
});

describe('applying reactions, threads, pins and quotes', () => {
  const root = message(1, ME);
  const at = (minute: number) => `2026-01-01T00:0${minute}:00Z`;
  const reply = (seq: number, authorId: string, change: Partial<Message> = {}) =>
    message(seq, authorId, { threadRootId: 'm1', createdAt: at(seq), ...change });
  const entries = [
    entry(2, 'message.posted', reply(2, OTHER)),
    entry(
      3,
      'message.reactions',
      message(1, ME, {
        reactions: [{ emoji: '👍', personIds: [OTHER] }],
        thread: { replyCount: 1, lastReplyAt: at(2), participants: [OTHER] },
      }),
    ),
    entry(4, 'message.posted', reply(4, ME, { alsoInChannel: true })),
    entry(5, 'message.posted', reply(5, OTHER, { body: `<@${ME}> look`, mentions: { people: [ME], all: false } })),
    entry(
      6,
      'message.posted',
      message(6, OTHER, { quote: { messageId: 'm4', authorId: ME, excerpt: 'text 4', deleted: false } }),
    ),
    entry(7, 'message.deleted', reply(4, ME, { alsoInChannel: true, body: '', deletedAt: at(8) })),
    entry(8, 'message.reactions', reply(2, OTHER, { reactions: [{ emoji: '🎉', personIds: [ME] }] })),
    entry(
      9,
      'message.pinned',
      message(6, OTHER, {
        pin: { at: at(9), by: ME },
        quote: { messageId: 'm4', authorId: ME, excerpt: '', deleted: true },
      }),
    ),
  ];
  const thread = { replyCount: 3, lastReplyAt: at(5), participants: [OTHER, ME] };

  it('leave the main history as a fresh fetch shows it: roots and replies also sent to the channel', () => {
    const history = entries.reduce<History | undefined>(applyToHistory, { messages: [root], hasOlder: false });
    expect(history).toEqual({
      messages: [
        message(1, ME, { reactions: [{ emoji: '👍', personIds: [OTHER] }], thread }),
        reply(4, ME, { alsoInChannel: true, body: '', deletedAt: at(8) }),
        message(6, OTHER, {
          pin: { at: at(9), by: ME },
          quote: { messageId: 'm4', authorId: ME, excerpt: '', deleted: true },
        }),
      ],
      hasOlder: false,
    });
  });

  it('leave an open thread as a fresh fetch shows it', () => {
    const view = entries.reduce<ThreadView | undefined>(applyToThread, { root, replies: [] });
    expect(view).toEqual({
      root: message(1, ME, { reactions: [{ emoji: '👍', personIds: [OTHER] }], thread }),
      replies: [
        reply(2, OTHER, { reactions: [{ emoji: '🎉', personIds: [ME] }] }),
        reply(4, ME, { alsoInChannel: true, body: '', deletedAt: at(8) }),
        reply(5, OTHER, { body: `<@${ME}> look`, mentions: { people: [ME], all: false } }),
      ],
    });
  });

  it('count a thread-only reply as unread only when it mentions me, and count mentions apart', () => {
    const channels = entries.reduce<Channel[] | undefined>(
      (state, next) => applyToChannels(state, next, ME),
      [channel],
    );
    // others' posts: 2 (thread only, not counted), 5 (thread only, mentions me), 6 (root)
    expect(channels).toEqual([{ ...channel, lastSeq: 9, unread: 2, mentionCount: 1 }]);
  });

  it('count @all as a mention of everyone', () => {
    const all = entry(2, 'message.posted', message(2, OTHER, { mentions: { people: [], all: true } }));
    expect(applyToChannels([channel], all, ME)).toEqual([{ ...channel, lastSeq: 2, unread: 1, mentionCount: 1 }]);
  });
});
