import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  encodeSnapshot,
  MESSAGE_AWARENESS,
  MESSAGE_COMMENTS_CHANGED,
  MESSAGE_NOTICE,
  MESSAGE_SEED,
  MESSAGE_SNAPSHOT_REQUEST,
  MESSAGE_SYNC,
  readNotice,
  type Notice,
} from './frames';

/** `refused`: the server will not let me open this page (it is gone, or I may no longer read it); final. */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface PageProviderOptions {
  /** The page socket's absolute ws(s):// URL. */
  url: string;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** The editor's current rendering, sent when the server asks for a snapshot. */
  render: () => { markdown: string; text: string };
  onStatus?: (status: ConnectionStatus) => void;
  /** After the first exchange with the server since (re)connecting: both sides hold each other's edits. */
  onSynced?: () => void;
  onNotice?: (notice: Notice) => void;
  /** This client was chosen to write the page's template (Markdown) into it; called once synced. */
  onSeed?: (markdown: string) => void;
  /** Someone changed the page's comments. */
  onCommentsChanged?: () => void;
  /**
   * Asked when a connection closes before it opened: true when the server refuses me this page
   * (403/404), which no retry will change. A browser's WebSocket never tells a handshake's status.
   */
  isRefused?: () => Promise<boolean>;
  /** For tests: a WebSocket constructor. */
  WebSocket?: new (url: string) => WebSocket;
  /** Reconnect delays grow from this (doubling, capped at 30 s). */
  retryBaseMs?: number;
}

const MAX_RETRY_MS = 30_000;
/** WebSocket.OPEN, spelled out so a test's stand-in socket needs no global WebSocket. */
const OPEN = 1;

/**
 * Keeps a Y.Doc in step with the page's collaboration socket: y-protocols sync and awareness in
 * binary frames, answers the server's snapshot requests, passes notices on, and reconnects with
 * backoff. Edits made while disconnected stay in the doc and are exchanged by the sync handshake
 * on reconnect (each side sends its state vector, the other answers what it lacks).
 */
export class PageProvider {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  status: ConnectionStatus = 'connecting';
  synced = false;
  private socket: WebSocket | null = null;
  /** A template the server told this client to write, held until the server's state is in. */
  private seed: string | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private refused = false;
  private readonly options: PageProviderOptions;

  constructor(options: PageProviderOptions) {
    this.options = options;
    this.doc = options.doc;
    this.awareness = options.awareness;
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    window.addEventListener('online', this.reconnectNow);
    this.connect();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.reconnectNow);
    this.doc.off('update', this.onDocUpdate);
    // Tell the others at once that my caret is gone rather than letting it time out.
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    this.awareness.off('update', this.onAwarenessUpdate);
    this.socket?.close();
    this.socket = null;
  }

  private connect(): void {
    if (this.destroyed) return;
    this.setStatus('connecting');
    const Socket = this.options.WebSocket ?? WebSocket;
    const socket = new Socket(this.options.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.attempts = 0;
      this.setStatus('connected');
      const sync = encoding.createEncoder();
      encoding.writeVarUint(sync, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(sync, this.doc);
      this.send(encoding.toUint8Array(sync));
      if (this.awareness.getLocalState() !== null) {
        this.sendAwareness([this.doc.clientID]);
      }
    };
    socket.onmessage = (event: MessageEvent) => {
      if (event.data instanceof ArrayBuffer) this.receive(new Uint8Array(event.data));
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.synced = false;
      const others = [...this.awareness.getStates().keys()].filter((client) => client !== this.doc.clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
      this.setStatus('offline');
      if (opened || !this.options.isRefused) {
        this.scheduleReconnect();
        return;
      }
      void this.options.isRefused().then(
        (refused) => (refused ? this.refuse() : this.scheduleReconnect()),
        () => this.scheduleReconnect(),
      );
    };
  }

  private refuse(): void {
    if (this.destroyed) return;
    this.refused = true;
    this.setStatus('refused');
  }

  private scheduleReconnect(): void {
    if (this.destroyed) return;
    const base = this.options.retryBaseMs ?? 500;
    const delay = Math.min(MAX_RETRY_MS, base * 2 ** this.attempts);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private readonly reconnectNow = () => {
    if (this.socket || this.destroyed || this.refused) return;
    clearTimeout(this.retryTimer);
    this.attempts = 0;
    this.connect();
  };

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MESSAGE_SYNC);
        const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
        if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
        if (kind === syncProtocol.messageYjsSyncStep2 && !this.synced) {
          this.synced = true;
          this.options.onSynced?.();
          this.handOverSeed();
        }
        break;
      }
      case MESSAGE_SEED:
        this.seed = decoding.readVarString(decoder);
        if (this.synced) this.handOverSeed();
        break;
      case MESSAGE_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
        break;
      case MESSAGE_SNAPSHOT_REQUEST: {
        const { markdown, text } = this.options.render();
        this.send(encodeSnapshot(Y.encodeStateAsUpdate(this.doc), markdown, text));
        break;
      }
      case MESSAGE_NOTICE:
        this.options.onNotice?.(readNotice(decoder));
        break;
      case MESSAGE_COMMENTS_CHANGED:
        this.options.onCommentsChanged?.();
        break;
      default:
        // A type this client does not know (a newer server): ignored, the rest of the stream still holds.
        break;
    }
  }

  private handOverSeed(): void {
    const seed = this.seed;
    this.seed = null;
    if (seed !== null) this.options.onSeed?.(seed);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this) return;
    this.sendAwareness([...added, ...updated, ...removed]);
  };

  private sendAwareness(clients: number[]): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    this.send(encoding.toUint8Array(encoder));
  }

  private send(frame: Uint8Array): void {
    if (this.socket?.readyState === OPEN) this.socket.send(frame);
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}

/** The socket of one page, on this origin (the session cookie authenticates it). */
export function collabUrl(pageId: string, location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/pages/${pageId}/collab`;
}
