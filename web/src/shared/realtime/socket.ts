/** A stream event as the server sends it (docs/realtime.md): one entry of a channel's gap-free stream. */
export interface EventFrame {
  type: 'event';
  channelId: string;
  seq: number;
  kind: string;
  at: string;
  payload: unknown;
}

type ServerFrame = EventFrame | { type: 'reset'; channelId: string } | { type: 'ready' };

/**
 * What a feature that owns streams plugs into the one socket: the cursors it resumes from and how it
 * applies what arrives. Each feature registers its own; the socket knows no event kind.
 */
export interface StreamHandler {
  /** The last applied seq per channel; awaited before `resume` is sent. */
  cursors: () => Promise<Record<string, number>>;
  /** Whether this handler owns events of this kind (e.g. `message.posted`). */
  handles: (kind: string) => boolean;
  onEvent: (frame: EventFrame) => void;
  onReset: (channelId: string) => void;
  onReady?: () => void;
}

const handlers = new Set<StreamHandler>();

export function registerStreamHandler(handler: StreamHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
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
    handlers.forEach((handler) => {
      if (frame.type === 'event') {
        if (handler.handles(frame.kind)) handler.onEvent(frame);
      } else if (frame.type === 'reset') {
        handler.onReset(frame.channelId);
      } else {
        handler.onReady?.();
      }
    });
  };

  const open = () => {
    const current = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/v1/ws`);
    socket = current;
    current.onopen = async () => {
      const all = await Promise.all([...handlers].map((handler) => handler.cursors().catch(() => ({}))));
      if (current.readyState === WebSocket.OPEN) {
        current.send(JSON.stringify({ type: 'resume', cursors: Object.assign({}, ...all) }));
      }
    };
    current.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      if (frame.type === 'ready') failures = 0;
      dispatch(frame);
    };
    current.onclose = (event) => {
      if (stopped || socket !== current) return;
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
