import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Ding, DingAcknowledged } from '../api/dings';

vi.mock('../../../shared/api/client', () => ({ api: {}, body: vi.fn() }));

const { applyAcknowledged, storeWaitingDing, waitingDingsKey } = await import('../api/dings');

/**
 * Apply-signals-equals-refetch for DINGs: DingOverSocketTest records the waiting list a client
 * fetched, the `chat.ding` and `chat.ding.acknowledged` signals its socket then received, and a
 * fresh fetch; here the signals go through the functions the alert runs.
 */
interface Fixture {
  myId: string;
  before: Ding[];
  signals: { kind: string; payload: unknown }[];
  after: Ding[];
}

const fixtures = import.meta.glob<Fixture>('./__fixtures__/dings-*.json', { eager: true, import: 'default' });

describe('replaying recorded DING signals', () => {
  it('has fixtures to replay', () => {
    expect(Object.keys(fixtures).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(fixtures))('%s leaves the waiting list as a fresh fetch shows it', (_, fixture) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(waitingDingsKey, fixture.before);
    for (const signal of fixture.signals) {
      if (signal.kind === 'chat.ding') storeWaitingDing(queryClient, signal.payload as Ding);
      if (signal.kind === 'chat.ding.acknowledged')
        applyAcknowledged(queryClient, fixture.myId, signal.payload as DingAcknowledged);
    }
    expect(queryClient.getQueryData(waitingDingsKey)).toEqual(fixture.after);
  });
});
