/**
 * One entry of a resource's gap-free stream as the server sends it (docs/realtime.md, "Streams"):
 * `stream` names the kind of stream (`chat.channel`), `event` is one of that kind's event records,
 * whose generated types (`ChatStreamEvent`, …) the feature that owns the stream narrows it to.
 */
export interface EventFrame<E extends { kind: string } = { kind: string }> {
  type: 'event';
  stream: string;
  resourceId: string;
  seq: number;
  at: string;
  event: E;
}

/** The client's cursor for this resource is too old or unknown: reload it over HTTP. */
export interface ResetFrame {
  type: 'reset';
  stream: string;
  resourceId: string;
  lastSeq: number;
}

/**
 * Not a stream entry: a per-person state change (`channel.state`) or an ephemeral one (`typing`,
 * `presence`). Never replayed; after a reconnect, whoever applied them refetches (see `onReady`).
 */
export interface SignalFrame {
  type: 'signal';
  kind: string;
  payload: unknown;
}

/** The answer to a request sent with `request`: the status and body HTTP would have answered. */
export interface AckFrame {
  type: 'ack';
  ref: string;
  status: number;
  body: unknown;
}

type ServerFrame = EventFrame | SignalFrame | AckFrame | ResetFrame | { type: 'ready' };

/**
 * What a feature that owns a kind of stream plugs into the one socket: the cursors it resumes from
 * and how it applies what arrives. Each feature registers its own; the socket knows no event kind.
 */
export interface StreamHandler<E extends { kind: string } = { kind: string }> {
  /** The stream kind this handler owns (`chat.channel`, `doc.space`). */
  stream: string;
  /** The last applied seq per resource; awaited before `resume` is sent. */
  cursors: () => Promise<Record<string, number>>;
  onEvent: (frame: EventFrame<E>) => void;
  /** `lastSeq`: where the resource's stream was when the server reset it. */
  onReset: (resourceId: string, lastSeq: number) => void;
  onReady?: () => void;
}

const handlers = new Set<StreamHandler>();

export function registerStreamHandler<E extends { kind: string }>(handler: StreamHandler<E>): () => void {
  // the server sends a handler only frames of its stream kind, whose events are of its generated type
  const any = handler as unknown as StreamHandler;
  handlers.add(any);
  return () => handlers.delete(any);
}

type SignalHandler = (payload: unknown) => void;
const signalHandlers = new Map<string, Set<SignalHandler>>();
const readyHandlers = new Set<() => void>();

/** Calls `handler` with the payload of every signal of this kind. */
export function onSignal(kind: string, handler: SignalHandler): () => void {
  const forKind = signalHandlers.get(kind) ?? new Set<SignalHandler>();
  signalHandlers.set(kind, forKind);
  forKind.add(handler);
  return () => forKind.delete(handler);
}

/** Calls `handler` after every (re)connect's catch-up: the time to resend ephemeral client state. */
export function onReady(handler: () => void): () => void {
  readyHandlers.add(handler);
  return () => readyHandlers.delete(handler);
}

let current: WebSocket | undefined;
let caughtUp = false;

/**
 * Sends a client frame (`typing`, `presence`, `watch`) if the socket is open and caught up; false
 * otherwise. These frames are ephemeral: what must survive a reconnect is resent from `onReady`.
 */
export function sendFrame(frame: { type: 'typing' | 'presence' | 'watch' } & Record<string, unknown>): boolean {
  if (!current || current.readyState !== WebSocket.OPEN || !caughtUp) return false;
  current.send(JSON.stringify(frame));
  return true;
}

/** How long a request waits for its ack before it counts as lost (the caller retries it idempotently). */
const ACK_TIMEOUT_MS = 15_000;

interface Pending {
  socket: WebSocket;
  resolve: (ack: AckFrame) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
const pending = new Map<string, Pending>();

function settle(ref: string): Pending | undefined {
  const request = pending.get(ref);
  if (request) {
    pending.delete(ref);
    clearTimeout(request.timer);
  }
  return request;
}

/**
 * Sends a request over the open socket (chat's `post`; docs/realtime.md) and resolves with its ack.
 * Undefined at once when the socket is not open and caught up: the caller uses HTTP instead. Rejects
 * when the socket closes or no ack comes in time; the request may then have been handled or not, so
 * the caller retries it the idempotent way (the same clientMessageId).
 */
export function request(frame: { type: 'post' } & Record<string, unknown>): Promise<AckFrame> | undefined {
  const socket = current;
  if (!socket || socket.readyState !== WebSocket.OPEN || !caughtUp) return undefined;
  const ref = crypto.randomUUID();
  return new Promise<AckFrame>((resolve, reject) => {
    const timer = setTimeout(() => settle(ref)?.reject(new Error('No ack in time')), ACK_TIMEOUT_MS);
    pending.set(ref, { socket, resolve, reject, timer });
    socket.send(JSON.stringify({ ...frame, ref }));
  });
}

function failPending(socket: WebSocket) {
  [...pending]
    .filter(([, request]) => request.socket === socket)
    .forEach(([ref]) => settle(ref)?.reject(new Error('Socket closed')));
}

/** Close codes of the contract: 4008 = this client was too slow (resume), 4001 = signed out. */
const SIGNED_OUT = 4001;
const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps one WebSocket open for this tab, resuming from the registered cursors after every (re)connect,
 * with exponential backoff. Returns a function that closes it for good.
 */
export function connectRealtime({ onSignedOut }: { onSignedOut: () => void }): () => void {
  let socket: WebSocket | undefined;
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dispatch = (frame: ServerFrame) => {
    if (frame.type === 'ack') {
      settle(frame.ref)?.resolve(frame);
      return;
    }
    if (frame.type === 'signal') {
      signalHandlers.get(frame.kind)?.forEach((handler) => handler(frame.payload));
      return;
    }
    handlers.forEach((handler) => {
      if (frame.type === 'event') {
        if (handler.stream === frame.stream) handler.onEvent(frame);
      } else if (frame.type === 'reset') {
        if (handler.stream === frame.stream) handler.onReset(frame.resourceId, frame.lastSeq);
      } else {
        handler.onReady?.();
      }
    });
  };

  const open = () => {
    const opened = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/v1/ws`);
    socket = opened;
    current = opened;
    caughtUp = false;
    opened.onopen = async () => {
      const all = await Promise.all([...handlers].map((handler) => handler.cursors().catch(() => ({}))));
      if (opened.readyState === WebSocket.OPEN) {
        opened.send(JSON.stringify({ type: 'resume', cursors: Object.assign({}, ...all) }));
      }
    };
    opened.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      dispatch(frame);
      if (frame.type === 'ready') {
        failures = 0;
        caughtUp = true;
        readyHandlers.forEach((handler) => handler());
      }
    };
    opened.onclose = (event) => {
      if (current === opened) caughtUp = false;
      failPending(opened);
      if (stopped || socket !== opened) return;
      if (event.code === SIGNED_OUT) {
        onSignedOut();
        return;
      }
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures) * (0.5 + Math.random() / 2);
      failures += 1;
      timer = setTimeout(open, delay);
    };
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close(1000);
  };
}
