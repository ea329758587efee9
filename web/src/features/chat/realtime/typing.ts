import { useSyncExternalStore } from 'react';
import { onSignal, sendFrame } from '../../../shared/realtime/socket';

/** A typing hint is shown this long after the last one arrived (the server relays one per 2 s at most). */
export const TYPING_SHOWN_MS = 6_000;
/** How often this tab tells the server that I am still typing in one conversation. */
const TYPING_EVERY_MS = 2_500;

const typing = new Map<string, Map<string, number>>();
const listeners = new Set<() => void>();
const snapshots = new Map<string, string[]>();
const lastSent = new Map<string, number>();

function changed(channelId: string) {
  const now = Date.now();
  const people = [...(typing.get(channelId) ?? new Map<string, number>()).entries()]
    .filter(([, until]) => until > now)
    .map(([person]) => person);
  snapshots.set(channelId, people);
  listeners.forEach((listener) => listener());
}

/** Records that someone is typing somewhere; the hint expires by itself. */
export function receiveTyping({ channelId, personId }: { channelId: string; personId: string }, now = Date.now()) {
  const inChannel = typing.get(channelId) ?? new Map<string, number>();
  typing.set(channelId, inChannel);
  inChannel.set(personId, now + TYPING_SHOWN_MS);
  changed(channelId);
  setTimeout(() => changed(channelId), TYPING_SHOWN_MS + 50);
}

/** A message from that person ends their hint at once. */
export function stopTyping(channelId: string, personId: string) {
  if (typing.get(channelId)?.delete(personId)) changed(channelId);
}

export function registerTyping(): () => void {
  return onSignal('typing', (payload) => receiveTyping(payload as { channelId: string; personId: string }));
}

/** Called on each keystroke in the composer: tells the others, at most once per {@link TYPING_EVERY_MS}. */
export function reportTyping(channelId: string) {
  const now = Date.now();
  if (now - (lastSent.get(channelId) ?? 0) < TYPING_EVERY_MS) return;
  if (sendFrame({ type: 'typing', channelId })) lastSent.set(channelId, now);
}

const NOBODY: string[] = [];

/** Who is typing in this conversation right now (other people only). */
export function useTypers(channelId: string): string[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshots.get(channelId) ?? NOBODY,
  );
}
