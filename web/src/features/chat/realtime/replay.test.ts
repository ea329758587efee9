import { describe, expect, it } from 'vitest';
import type { Channel } from '../api/channels';
import type { History, Message } from '../api/messages';
import { applyToChannels, applyToHistory, type Entry } from './apply-entry';

/**
 * Apply-events-equals-refetch on what the server really sent: the Java integration tests
 * (RealtimeDeliveryTest, CatchUpAcrossRestartTest, ChannelSettingsRealtimeTest) record a fetched
 * state, the stream events a socket then received and a fresh fetch as __fixtures__; here they go
 * through the reducer the product runs (apply-entry.ts), so there is no second copy of its rules.
 */

interface HistoryFixture {
  before: Message[];
  events: Entry[];
  after: Message[];
}

interface ChannelFixture {
  myId: string;
  before: Channel;
  events: Entry[];
  after: Channel;
}

const histories = import.meta.glob<HistoryFixture>('./__fixtures__/catch-up-*.json', {
  eager: true,
  import: 'default',
});
const channels = import.meta.glob<ChannelFixture>('./__fixtures__/settings-*.json', { eager: true, import: 'default' });

/** What a `channel.updated` entry carries, and the stream's end: what the entries decide of a channel. */
const FROM_ENTRIES = ['name', 'topic', 'purpose', 'archived', 'postingPolicy', 'mentionPolicy', 'lastSeq'] as const;

describe('replaying recorded streams', () => {
  it('has fixtures to replay', () => {
    expect(Object.keys(histories).length).toBeGreaterThan(0);
    expect(Object.keys(channels).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(histories))('%s leaves the history as a fresh fetch shows it', (_, fixture) => {
    const replayed = fixture.events.reduce<History | undefined>(applyToHistory, {
      messages: fixture.before,
      hasOlder: false,
    });
    expect(replayed?.messages).toEqual(fixture.after);
  });

  it.each(Object.entries(channels))('%s leaves the channel as a fresh fetch shows it', (_, fixture) => {
    const [replayed] =
      fixture.events.reduce<Channel[] | undefined>(
        (state, entry) => applyToChannels(state, entry, fixture.myId),
        [fixture.before],
      ) ?? [];
    const pick = (channel: Channel | undefined) =>
      Object.fromEntries(FROM_ENTRIES.map((field) => [field, channel?.[field]]));
    expect(pick(replayed)).toEqual(pick(fixture.after));
  });
});
