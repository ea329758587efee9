import { useEffect, useSyncExternalStore } from 'react';
import { api, body } from '../api/client';
import type { components } from '../api/schema';
import { onReady, onSignal, sendFrame } from './socket';

export type PersonPresence = components['schemas']['PersonPresence'];
type Connection = PersonPresence['connection'];

/** What a dot shows: do not disturb wins over the connection while it lasts. */
export type PresenceStatus = 'online' | 'away' | 'dnd' | 'offline';

/** The server watches at most this many people per socket (`PresenceTracker.MAX_WATCHED`). */
const MAX_WATCHED = 200;
/** No keyboard, pointer or touch input for this long and the tab reports itself idle. */
export const IDLE_AFTER_MS = 5 * 60_000;

const known = new Map<string, PersonPresence>();
const listeners = new Set<() => void>();
const watched = new Map<string, number>();
let flush: ReturnType<typeof setTimeout> | undefined;
let lastSentWatch = '';

function notify() {
  listeners.forEach((listener) => listener());
}

function merge(update: Partial<PersonPresence> & { personId: string }) {
  const current = known.get(update.personId) ?? {
    personId: update.personId,
    connection: 'OFFLINE' as Connection,
    dnd: false,
  };
  known.set(update.personId, { ...current, ...update });
  notify();
}

export function statusOf(presence: PersonPresence | undefined, now = Date.now()): PresenceStatus {
  if (!presence) return 'offline';
  const dnd = presence.dnd && (!presence.dndUntil || Date.parse(presence.dndUntil) > now);
  if (dnd) return 'dnd';
  return presence.connection === 'ONLINE' ? 'online' : presence.connection === 'AWAY' ? 'away' : 'offline';
}

/** Fetches the current state of people (connection and do not disturb); live changes come as signals. */
async function fetchPresence(people: string[]) {
  for (let start = 0; start < people.length; start += MAX_WATCHED) {
    const ids = people.slice(start, start + MAX_WATCHED);
    const answer = await body(api.GET('/api/v1/presence', { params: { query: { ids } } })).catch(() => []);
    answer.forEach(merge);
  }
}

function scheduleWatch(force = false) {
  clearTimeout(flush);
  flush = setTimeout(() => {
    const people = [...watched.keys()].slice(0, MAX_WATCHED);
    const key = people.slice().sort().join(',');
    if (!force && key === lastSentWatch) return;
    if (sendFrame({ type: 'watch', people })) lastSentWatch = key;
    const unknown = force ? people : people.filter((person) => !known.has(person));
    if (unknown.length > 0) void fetchPresence(unknown);
  }, 150);
}

function watch(personId: string): () => void {
  watched.set(personId, (watched.get(personId) ?? 0) + 1);
  scheduleWatch();
  return () => {
    const count = (watched.get(personId) ?? 1) - 1;
    if (count <= 0) watched.delete(personId);
    else watched.set(personId, count);
    scheduleWatch();
  };
}

/** A person's presence, watched (live) while the calling component is mounted. */
export function usePresence(personId: string | undefined): PresenceStatus {
  useEffect(() => (personId ? watch(personId) : undefined), [personId]);
  const presence = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (personId ? known.get(personId) : undefined),
  );
  return statusOf(presence);
}

/** My own presence record (for the status menu); watched like anyone else's. */
export function useOwnPresence(myId: string): PersonPresence | undefined {
  useEffect(() => watch(myId), [myId]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => known.get(myId),
  );
}

export async function setDoNotDisturb(until: string | null): Promise<void> {
  merge(await body(api.PUT('/api/v1/presence/dnd', { body: { until: until ?? undefined } })));
}

export async function clearDoNotDisturb(): Promise<void> {
  merge(await body(api.DELETE('/api/v1/presence/dnd')));
}

/** Whether I set do not disturb and it still lasts (desktop notifications stay quiet then). */
export function isDoNotDisturb(myId: string): boolean {
  return statusOf(known.get(myId)) === 'dnd';
}

/**
 * Keeps presence live on this tab's socket: resends the watch list and the idle state after every
 * (re)connect (both are ephemeral on the server), applies `presence` signals, and reports the tab
 * idle when hidden or untouched for {@link IDLE_AFTER_MS}.
 */
export function startPresence(): () => void {
  let idle = document.visibilityState === 'hidden';
  let lastInput = Date.now();
  const report = (next: boolean, force = false) => {
    if (next === idle && !force) return;
    idle = next;
    sendFrame({ type: 'presence', idle });
  };
  const onInput = () => {
    lastInput = Date.now();
    if (document.visibilityState === 'visible') report(false);
  };
  const onVisibility = () => report(document.visibilityState === 'hidden' || Date.now() - lastInput > IDLE_AFTER_MS);
  const timer = setInterval(() => {
    if (Date.now() - lastInput > IDLE_AFTER_MS) report(true);
  }, 30_000);
  const events = ['keydown', 'pointerdown', 'touchstart', 'wheel'] as const;
  events.forEach((name) => window.addEventListener(name, onInput, { passive: true }));
  document.addEventListener('visibilitychange', onVisibility);
  const stopSignal = onSignal('presence', (payload) =>
    merge(payload as Partial<PersonPresence> & { personId: string }),
  );
  const stopReady = onReady(() => {
    lastSentWatch = '';
    scheduleWatch(true);
    if (idle) report(true, true);
  });
  return () => {
    clearInterval(timer);
    events.forEach((name) => window.removeEventListener(name, onInput));
    document.removeEventListener('visibilitychange', onVisibility);
    stopSignal();
    stopReady();
  };
}
