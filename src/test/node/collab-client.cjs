// A collab client as the web client is one: a Y.Doc synced with the server over
// /api/v1/pages/{id}/collab with y-protocols' sync and awareness messages, answering the server's
// snapshot requests (type 100) with its state and rendering (type 101), keeping its notices (102)
// and the templates it is told to seed the page from (103).
const Y = require('yjs')
const WebSocket = require('ws')
const syncProtocol = require('y-protocols/sync')
const awarenessProtocol = require('y-protocols/awareness')
const encoding = require('lib0/encoding')
const decoding = require('lib0/decoding')

const SYNC = 0
const AWARENESS = 1
const SNAPSHOT_REQUEST = 100
const SNAPSHOT = 101
const NOTICE = 102
const SEED = 103

class CollabClient {
  constructor ({ base, pageId, cookie, doc = new Y.Doc(), name = 'client', reconnect = false }) {
    // like y-websocket: a socket the server closed is opened again, and the sync catches up
    this.reconnect = reconnect
    this.serverCloses = []
    this.url = base.replace(/^http/, 'ws') + '/api/v1/pages/' + pageId + '/collab'
    this.origin = base
    this.cookie = cookie
    this.doc = doc
    this.name = name
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.notices = []
    this.seeds = []
    this.closes = []
    this.synced = false
    this.socket = null
    this.snapshotsSent = 0
    doc.on('update', (update, origin) => {
      if (origin !== this) this.send(this.syncFrame(e => syncProtocol.writeUpdate(e, update)))
    })
    this.awareness.on('update', ({ added, updated, removed }, origin) => {
      if (origin === 'local') {
        const changed = added.concat(updated, removed)
        this.send(this.frame(AWARENESS, e => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))))
      }
    })
  }

  frame (type, write) {
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, type)
    write(e)
    return encoding.toUint8Array(e)
  }

  syncFrame (write) {
    return this.frame(SYNC, write)
  }

  /** Opens the socket; resolves once the server's stored content has arrived (its sync step 2), rejects on a refused handshake. */
  connect () {
    this.synced = false
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url, { headers: { Cookie: this.cookie, Origin: this.origin } })
      socket.binaryType = 'nodebuffer'
      this.socket = socket
      this.onSynced = resolve
      socket.on('unexpected-response', (req, res) => reject(Object.assign(new Error('handshake ' + res.statusCode), { status: res.statusCode })))
      socket.on('error', reject)
      socket.on('open', () => {
        this.send(this.syncFrame(e => syncProtocol.writeSyncStep1(e, this.doc)))
        if (this.awareness.getLocalState() !== null) {
          this.send(this.frame(AWARENESS, e => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]))))
        }
      })
      socket.on('message', data => this.receive(new Uint8Array(data)))
      socket.on('close', code => {
        this.closes.push(code)
        if (this.socket === socket) {
          this.socket = null
          this.serverCloses.push(code)
          if (this.reconnect && !this.closed) setTimeout(() => this.connect().catch(() => {}), 100)
        }
      })
    })
  }

  receive (data) {
    const d = decoding.createDecoder(data)
    const type = decoding.readVarUint(d)
    if (type === SYNC) {
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, SYNC)
      const kind = syncProtocol.readSyncMessage(d, e, this.doc, this)
      if (encoding.length(e) > 1) this.send(encoding.toUint8Array(e))
      if (kind === syncProtocol.messageYjsSyncStep2 && !this.synced) {
        this.synced = true
        this.onSynced()
      }
    } else if (type === AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(d), this)
    } else if (type === SNAPSHOT_REQUEST) {
      const text = this.doc.getText('t').toString()
      this.snapshotsSent++
      this.send(this.frame(SNAPSHOT, e => {
        encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(this.doc))
        encoding.writeVarString(e, text)
        encoding.writeVarString(e, text)
      }))
    } else if (type === NOTICE) {
      this.notices.push(JSON.parse(decoding.readVarString(d)))
    } else if (type === SEED) {
      this.seeds.push(decoding.readVarString(d))
    }
  }

  send (bytes) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) this.socket.send(bytes)
  }

  /** Sends raw bytes, for tests of what the server refuses. */
  sendRaw (bytes) {
    this.socket.send(bytes)
  }

  disconnect () {
    if (this.socket) {
      const socket = this.socket
      this.socket = null
      socket.terminate()
    }
  }

  close () {
    this.closed = true
    this.awareness.destroy()
    if (this.socket) this.socket.close()
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

async function until (condition, timeoutMs, what) {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for ' + what)
    await sleep(20)
  }
}

module.exports = { CollabClient, sleep, until, Y }
