// One scenario of what the collab socket refuses, run against a live server; prints what each
// client saw as JSON for CollabSocketTest to check. Environment: ATRIUM_URL, PAGE_ID, SCENARIO,
// EDITOR (cookie), READER (cookie), OUTSIDER (cookie).
const { CollabClient, sleep, until, Y } = require('./collab-client.cjs')
const encoding = require('lib0/encoding')

const base = process.env.ATRIUM_URL
const pageId = process.env.PAGE_ID
const client = (cookie, name) => new CollabClient({ base, pageId, cookie, name })
const text = c => c.doc.getText('t').toString()

const scenarios = {
  // a reader types: told the page is read-only; the editor never sees it; it is not stored
  async reader () {
    const editor = client(process.env.EDITOR, 'editor')
    const reader = client(process.env.READER, 'reader')
    await editor.connect()
    await reader.connect()
    reader.doc.getText('t').insert(0, 'reader was here ')
    await until(() => reader.notices.length > 0, 10000, 'the read-only notice')
    editor.doc.getText('t').insert(0, 'editor wrote this')
    await until(() => text(reader).includes('editor wrote this'), 10000, "the editor's text at the reader")
    await sleep(300)
    const fresh = client(process.env.EDITOR, 'fresh')
    await fresh.connect()
    return { notices: reader.notices, editorSees: text(editor), stored: text(fresh), readerClosed: reader.closes }
  },

  // someone who may not read the page cannot even open its socket
  async outsider () {
    try {
      await client(process.env.OUTSIDER, 'outsider').connect()
      return { status: 101 }
    } catch (e) {
      return { status: e.status }
    }
  },

  // a malformed update is refused and closes the socket; what was stored is untouched
  async malformed () {
    const editor = client(process.env.EDITOR, 'editor')
    await editor.connect()
    editor.doc.getText('t').insert(0, 'intact')
    await sleep(300)
    const good = Y.encodeStateAsUpdate(editor.doc)
    const broken = good.slice(0, good.length - 2)
    editor.sendRaw(editor.syncFrame(e => { encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, broken) }))
    await until(() => editor.closes.length > 0, 10000, 'the socket to close')
    const fresh = client(process.env.EDITOR, 'fresh')
    await fresh.connect()
    return { notices: editor.notices, closes: editor.closes, stored: text(fresh) }
  },

  // an update over the limit is refused before it is read whole
  async tooLarge () {
    const editor = client(process.env.EDITOR, 'editor')
    await editor.connect()
    editor.doc.getText('t').insert(0, 'x'.repeat(1100 * 1024))
    await until(() => editor.closes.length > 0, 10000, 'the socket to close')
    const fresh = client(process.env.EDITOR, 'fresh')
    await fresh.connect()
    return { notices: editor.notices, closes: editor.closes, storedLength: text(fresh).length }
  },

  // a page grows to its limit: the update past it is refused with nothing stored
  async documentFull () {
    const editor = client(process.env.EDITOR, 'editor')
    await editor.connect()
    const chunk = 'y'.repeat(1000 * 1000)
    for (let i = 0; i < 8 && editor.closes.length === 0; i++) {
      editor.doc.getText('t').insert(0, chunk)
      await sleep(300)
    }
    await until(() => editor.closes.length > 0, 20000, 'the socket to close')
    const fresh = client(process.env.EDITOR, 'fresh')
    await fresh.connect()
    return { notices: editor.notices, closes: editor.closes, typed: text(editor).length, storedLength: text(fresh).length }
  },

  // too many updates at once: refused and closed; reconnecting syncs what was refused
  async flood () {
    const editor = client(process.env.EDITOR, 'editor')
    await editor.connect()
    for (let i = 0; i < 300; i++) editor.doc.getText('t').insert(i, 'a')
    await until(() => editor.closes.length > 0, 10000, 'the socket to close')
    const notices = editor.notices.slice()
    await sleep(200)
    await editor.connect()
    await sleep(500)
    const fresh = client(process.env.EDITOR, 'fresh')
    await fresh.connect()
    return { notices, closes: editor.closes, typed: text(editor).length, stored: text(fresh).length }
  },

  // a page's other clients see each other's presence (awareness), and see it go when one leaves
  async awareness () {
    const a = client(process.env.EDITOR, 'a')
    const b = client(process.env.READER, 'b')
    await a.connect()
    a.awareness.setLocalStateField('user', { name: 'Alice' })
    await b.connect()
    await until(() => b.awareness.getStates().has(a.doc.clientID), 10000, "a's presence at b")
    a.close()
    await until(() => !b.awareness.getStates().has(a.doc.clientID), 10000, "a's presence to go at b")
    return { ok: true }
  }
}

scenarios[process.env.SCENARIO]()
  .then(result => { process.stdout.write(JSON.stringify(result) + '\n'); process.exit(0) })
  .catch(e => { console.error(e); process.exit(1) })
