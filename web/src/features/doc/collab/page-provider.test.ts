// @vitest-environment happy-dom
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  MESSAGE_AWARENESS,
  MESSAGE_NOTICE,
  MESSAGE_SEED,
  MESSAGE_SNAPSHOT,
  MESSAGE_SNAPSHOT_REQUEST,
  MESSAGE_SYNC,
} from './frames';
import { PageProvider } from './page-provider';

/**
 * The server's side of the page socket, written with the same y-protocols encoders the collab
 * module's contract names: it holds its own Y.Doc, answers sync messages and records every frame.
 */
class FakeServer {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  readonly sockets: FakeSocket[] = [];
  readonly snapshots: { state: Uint8Array; markdown: string; text: string }[] = [];

  get socket(): FakeSocket {
    return this.sockets[this.sockets.length - 1];
  }

  receive(socket: FakeSocket, frame: Uint8Array) {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, 'client');
      if (encoding.length(reply) > 1) socket.deliver(encoding.toUint8Array(reply));
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), 'client');
    } else if (type === MESSAGE_SNAPSHOT) {
      this.snapshots.push({
        state: decoding.readVarUint8Array(decoder),
        markdown: decoding.readVarString(decoder),
        text: decoding.readVarString(decoder),
      });
    }
  }

  /** What a server does on connect: ask for the client's missing part with its state vector. */
  sendStep1(socket = this.socket) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    socket.deliver(encoding.toUint8Array(encoder));
  }

  sendUpdate(update: Uint8Array) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.socket.deliver(encoding.toUint8Array(encoder));
  }

  send(type: number, write: (encoder: encoding.Encoder) => void = () => undefined) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.socket.deliver(encoding.toUint8Array(encoder));
  }
}

let server: FakeServer;

class FakeSocket {
  binaryType = 'blob';
  readyState = 0;
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(readonly url: string) {
    server.sockets.push(this);
  }

  open() {
    this.readyState = 1;
    this.onopen?.();
  }

  send(frame: Uint8Array) {
    this.sent.push(frame);
    server.receive(this, frame);
  }

  deliver(frame: Uint8Array) {
    const copy = frame.slice();
    this.onmessage?.({ data: copy.buffer });
  }

  close() {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.();
  }

  types() {
    return this.sent.map((frame) => decoding.readVarUint(decoding.createDecoder(frame)));
  }
}

function clientDoc() {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalStateField('user', { name: '王芳', color: '#d4380d' });
  return { doc, awareness };
}

function connect(options: Partial<ConstructorParameters<typeof PageProvider>[0]> = {}) {
  const { doc, awareness } = clientDoc();
  const provider = new PageProvider({
    url: 'ws://localhost/api/v1/pages/p/collab',
    doc,
    awareness,
    render: () => ({ markdown: `# ${doc.getText('t').toString()}\n`, text: doc.getText('t').toString() }),
    WebSocket: FakeSocket as unknown as new (url: string) => WebSocket,
    retryBaseMs: 100,
    ...options,
  });
  return { provider, doc, awareness };
}

beforeEach(() => {
  server = new FakeServer();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the page socket provider', () => {
  it('syncs both ways on connect and announces its user', () => {
    server.doc.getText('t').insert(0, 'from the server');
    const onSynced = vi.fn();
    const { provider, doc } = connect({ onSynced });
    doc.getText('t').insert(0, 'mine ');
    server.socket.open();
    server.sendStep1();

    expect(server.socket.types().slice(0, 2)).toEqual([MESSAGE_SYNC, MESSAGE_AWARENESS]);
    expect(doc.getText('t').toString()).toBe(server.doc.getText('t').toString());
    expect(server.doc.getText('t').toString()).toContain('mine ');
    expect(onSynced).toHaveBeenCalledTimes(1);
    expect(server.awareness.getStates().get(doc.clientID)).toEqual({ user: { name: '王芳', color: '#d4380d' } });
    provider.destroy();
  });

  it('sends each local edit as a sync update and applies the server’s without echoing them', () => {
    const { provider, doc } = connect();
    server.socket.open();
    server.sendStep1();
    const before = server.socket.sent.length;

    doc.getText('t').insert(0, 'typed');
    expect(server.doc.getText('t').toString()).toBe('typed');
    expect(server.socket.sent.length).toBe(before + 1);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server.doc));
    const sent = server.socket.sent.length;
    other.on('update', (update: Uint8Array) => server.sendUpdate(update));
    other.getText('t').insert(5, ' together');
    expect(doc.getText('t').toString()).toBe('typed together');
    expect(server.socket.sent.length).toBe(sent);
    provider.destroy();
  });

  it('answers a snapshot request with the full state, the Markdown and the plain text', () => {
    const { provider, doc } = connect();
    server.socket.open();
    doc.getText('t').insert(0, '周报');
    server.send(MESSAGE_SNAPSHOT_REQUEST);

    expect(server.snapshots).toHaveLength(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, server.snapshots[0].state);
    expect(restored.getText('t').toString()).toBe('周报');
    expect(server.snapshots[0].markdown).toBe('# 周报\n');
    expect(server.snapshots[0].text).toBe('周报');
    provider.destroy();
  });

  it('passes notices on, and an unreadable one as an unknown notice', () => {
    const onNotice = vi.fn();
    const { provider } = connect({ onNotice });
    server.socket.open();
    server.send(MESSAGE_NOTICE, (encoder) =>
      encoding.writeVarString(encoder, JSON.stringify({ code: 'doc.read-only', message: 'You may only read' })),
    );
    server.send(MESSAGE_NOTICE, (encoder) => encoding.writeVarString(encoder, 'not json'));
    expect(onNotice.mock.calls).toEqual([
      [{ code: 'doc.read-only', message: 'You may only read' }],
      [{ code: 'doc.unknown-notice' }],
    ]);
    provider.destroy();
  });

  it('hands the template it was told to write over once synced, and only then', () => {
    const onSeed = vi.fn();
    const { provider } = connect({ onSeed });
    server.send(MESSAGE_SEED, (encoder) => encoding.writeVarString(encoder, '# 会议纪要\n'));
    expect(onSeed).not.toHaveBeenCalled();
    server.socket.open();
    expect(onSeed.mock.calls).toEqual([['# 会议纪要\n']]);
    provider.destroy();
  });

  it('keeps edits made offline and merges them with the others’ on reconnect', () => {
    vi.useFakeTimers();
    const statuses: string[] = [];
    const { provider, doc } = connect({ onStatus: (status) => statuses.push(status) });
    server.socket.open();
    server.sendStep1();
    doc.getText('t').insert(0, 'online.');

    server.socket.close();
    doc.getText('t').insert(7, ' offline edit.');
    server.doc.getText('t').insert(0, 'Meanwhile: ');
    expect(server.doc.getText('t').toString()).toBe('Meanwhile: online.');

    vi.advanceTimersByTime(100);
    expect(server.sockets).toHaveLength(2);
    server.socket.open();
    server.sendStep1();

    expect(server.doc.getText('t').toString()).toBe('Meanwhile: online. offline edit.');
    expect(doc.getText('t').toString()).toBe('Meanwhile: online. offline edit.');
    expect(statuses).toEqual(['connected', 'offline', 'connecting', 'connected']);
    provider.destroy();
  });

  it('backs off between failed attempts and forgets the others’ carets while offline', () => {
    vi.useFakeTimers();
    const { provider, awareness } = connect();
    server.socket.open();
    const remote = new awarenessProtocol.Awareness(new Y.Doc());
    remote.setLocalStateField('user', { name: 'Ben', color: '#1677ff' });
    server.send(MESSAGE_AWARENESS, (encoder) =>
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(remote, [remote.clientID])),
    );
    expect(awareness.getStates().get(remote.clientID)).toEqual({ user: { name: 'Ben', color: '#1677ff' } });

    server.socket.close();
    expect(awareness.getStates().has(remote.clientID)).toBe(false);
    vi.advanceTimersByTime(100);
    server.socket.close();
    vi.advanceTimersByTime(199);
    expect(server.sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(server.sockets).toHaveLength(3);
    provider.destroy();
    remote.destroy();
  });

  it('stops for good when the server refuses the page, and retries when it does not', async () => {
    vi.useFakeTimers();
    let refused = false;
    const isRefused = vi.fn(() => Promise.resolve(refused));
    const onStatus = vi.fn();
    const { provider } = connect({ isRefused, onStatus });
    server.socket.close();
    await vi.advanceTimersByTimeAsync(100);
    expect(server.sockets).toHaveLength(2);

    refused = true;
    server.socket.close();
    await vi.advanceTimersByTimeAsync(60_000);
    window.dispatchEvent(new Event('online'));
    expect(server.sockets).toHaveLength(2);
    expect(isRefused).toHaveBeenCalledTimes(2);
    expect(provider.status).toBe('refused');
    expect(onStatus).toHaveBeenLastCalledWith('refused');
    provider.destroy();
  });

  it('does not ask whether it is refused after a connection that had opened closes', () => {
    vi.useFakeTimers();
    const isRefused = vi.fn(() => Promise.resolve(true));
    const { provider } = connect({ isRefused });
    server.socket.open();
    server.socket.close();
    vi.advanceTimersByTime(100);
    expect(isRefused).not.toHaveBeenCalled();
    expect(server.sockets).toHaveLength(2);
    provider.destroy();
  });

  it('tells the others it left when destroyed', () => {
    const { provider, doc } = connect();
    server.socket.open();
    expect(server.awareness.getStates().has(doc.clientID)).toBe(true);
    provider.destroy();
    expect(server.awareness.getStates().has(doc.clientID)).toBe(false);
  });
});
