import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftContent } from '../api/types';
import { DraftSaver, type SaverState } from './draft-saver';

const content = (subject: string): DraftContent => ({
  to: [{ address: 'b@example.com' }],
  cc: [],
  bcc: [],
  subject,
  body: null,
  attachmentIds: [],
});

const draft = (subject: string, version: number): Draft => ({
  to: [{ address: 'b@example.com' }],
  cc: [],
  bcc: [],
  subject,
  attachments: [],
  updatedAt: '2026-12-07T21:00:00Z',
  id: 'd1',
  mailboxId: 'm1',
  version,
});

class Stale extends Error {
  constructor(readonly current: Draft) {
    super('stale');
  }
}

function saver(server: { version: number; subject: string }) {
  const states: SaverState[] = [];
  const calls = {
    create: vi.fn(async (c: DraftContent) => {
      server.version = 1;
      server.subject = c.subject;
      return draft(c.subject, 1);
    }),
    update: vi.fn(async (_id: string, c: DraftContent, version: number) => {
      if (version !== server.version) throw new Stale(draft(server.subject, server.version));
      server.version += 1;
      server.subject = c.subject;
      return draft(c.subject, server.version);
    }),
    newer: (error: unknown) => (error instanceof Stale ? error.current : undefined),
  };
  return { calls, states, saver: new DraftSaver(calls, (state) => states.push(state), 1000) };
}

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once a second after the typing stops, creating then updating with the version', async () => {
    const server = { version: 0, subject: '' };
    const { calls, saver: s } = saver(server);
    s.change(content('H'));
    s.change(content('He'));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.create).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.create).toHaveBeenCalledTimes(1);
    expect(server.subject).toBe('He');
    s.change(content('Hello'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.update).toHaveBeenCalledWith('d1', content('Hello'), 1);
    expect(server).toEqual({ version: 2, subject: 'Hello' });
  });

  it('stops on a stale save, shows the newer draft and keeps what was typed until the person chooses', async () => {
    const server = { version: 0, subject: '' };
    const { states, saver: s } = saver(server);
    s.change(content('Mine'));
    await s.flush();
    // another device saves version 2
    server.version = 2;
    server.subject = 'Theirs';
    s.change(content('Mine, longer'));
    await vi.advanceTimersByTimeAsync(1000);
    const conflict = states.at(-1);
    expect(conflict).toEqual({ status: 'conflict', newer: draft('Theirs', 2) });
    s.change(content('Mine, longer still'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.subject).toBe('Theirs');
    await s.keepMine(content('Mine, longer still'), draft('Theirs', 2));
    expect(server).toEqual({ version: 3, subject: 'Mine, longer still' });
  });

  it('flush waits for a save on its way and then saves what came after it', async () => {
    const server = { version: 0, subject: '' };
    const { saver: s } = saver(server);
    s.change(content('One'));
    await vi.advanceTimersByTimeAsync(1000);
    s.change(content('Two'));
    expect(await s.flush()).toBe('d1');
    expect(server.subject).toBe('Two');
  });
});
