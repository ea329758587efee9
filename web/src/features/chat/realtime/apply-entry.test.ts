import { describe, expect, it } from 'vitest';
import type { Channel } from '../api/channels';
import type { History, Message } from '../api/messages';
import { applyToChannels, applyToHistory, type Entry } from './apply-entry';

const ME = 'me';
const OTHER = 'other';
const channel: Channel = {
  id: 'c', kind: 'DIRECT', archived: false, createdAt: '2026-01-01T00:00:00Z', lastSeq: 1, readSeq: 1, unread: 0, memberCount: 2,
  postingPolicy: 'EVERYONE', mentionPolicy: 'EVERYONE', capabilities: { canPost: true, canManage: false, canInvite: false, canLeave: false }, starred: false,
};
const message = (seq: number, authorId: string, change: Partial<Message> = {}): Message => ({
  id: `m${seq}`, channelId: 'c', seq, authorId, clientMessageId: `k${seq}`, body: `text ${seq}`, createdAt: '2026-01-01T00:00:00Z', attachments: [], ...change,
});
const entry = (seq: number, kind: string, payload: Message): Entry => ({ channelId: 'c', seq, kind, payload });

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
    messages: [message(1, ME), message(2, OTHER, { body: 'changed', editedAt: '2026-01-01T00:01:00Z' }), message(3, ME), message(5, OTHER, { body: '', deletedAt: '2026-01-01T00:02:00Z' })],
    hasOlder: false,
  };

  it('leave the conversation as a fresh fetch shows it', () => {
    const history = entries.reduce<History | undefined>(applyToHistory, { messages: [message(1, ME)], hasOlder: false });
    expect(history).toEqual(fresh);
  });

  it('count only others’ undeleted messages after my read cursor as unread', () => {
    const channels = entries.reduce<Channel[] | undefined>((state, next) => applyToChannels(state, next, ME), [channel]);
    expect(channels).toEqual([{ ...channel, lastSeq: 6, unread: 1 }]);
  });

  it('apply the same entry twice as once', () => {
    const once = applyToHistory({ messages: [], hasOlder: false }, entries[0]);
    expect(applyToHistory(once, entries[0])).toEqual(once);
  });

  it('apply settings as a fresh fetch shows them, a cleared topic included', () => {
    const room: Channel = { ...channel, kind: 'PUBLIC', name: 'general', topic: 'old topic', purpose: 'talk' };
    const settings = (change: object) => ({ channelId: 'c', seq: 0, kind: 'channel.updated',
      payload: { name: 'general', purpose: 'talk', archived: false, postingPolicy: 'EVERYONE', mentionPolicy: 'EVERYONE', ...change } });
    const applied = [
      { ...settings({ topic: '本周发布' }), seq: 2 },
      { ...settings({ topic: '本周发布', postingPolicy: 'ADMINS', mentionPolicy: 'ADMINS' }), seq: 3 },
      { ...settings({ archived: true, postingPolicy: 'ADMINS', mentionPolicy: 'ADMINS' }), seq: 4 },
    ].reduce<Channel[] | undefined>((state, next) => applyToChannels(state, next, ME), [room]);
    const fresh: Channel = { ...room, topic: undefined, archived: true, postingPolicy: 'ADMINS', mentionPolicy: 'ADMINS', lastSeq: 4 };
    expect(applied).toEqual([fresh]);
  });
});
