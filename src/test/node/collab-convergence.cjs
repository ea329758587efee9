// Several real Yjs clients type into one page through the server at once, each dropping its
// connection at random and reconnecting; then all must hold the same text. Prints that text.
// Environment: ATRIUM_URL, PAGE_ID, COOKIES (comma-separated, one per client), EDITS, SEED.
const { CollabClient, sleep, until } = require('./collab-client.cjs')

// mulberry32: exact in 32-bit integer arithmetic (a classic LCG overflows JavaScript's doubles)
let seed = Number(process.env.SEED || 1)
const random = n => {
  seed = (seed + 0x6D2B79F5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) % n
}
const words = ['春', '天', ' ', 'the ', 'quick ', '😀', '\n', 'fox ', '文档', 'ä']

async function main () {
  const cookies = process.env.COOKIES.split(',')
  const edits = Number(process.env.EDITS || 100)
  const clients = cookies.map((cookie, i) => new CollabClient({ base: process.env.ATRIUM_URL, pageId: process.env.PAGE_ID, cookie, name: 'c' + i, reconnect: true }))
  await Promise.all(clients.map(c => c.connect()))
  clients.forEach((c, i) => c.awareness.setLocalStateField('user', { name: 'c' + i }))

  await Promise.all(clients.map(async client => {
    const text = client.doc.getText('t')
    for (let i = 0; i < edits; i++) {
      if (text.length > 0 && random(4) === 0) {
        const at = random(text.length)
        text.delete(at, Math.min(1 + random(3), text.length - at))
      } else {
        text.insert(random(text.length + 1), words[random(words.length)])
      }
      if (random(25) === 0) {
        client.disconnect()
        await sleep(random(150))
        await client.connect()
      }
      await sleep(10 + random(30))
    }
  }))

  const texts = () => clients.map(c => c.doc.getText('t').toString())
  await until(() => new Set(texts()).size === 1, 30000, 'the clients to converge: ' + JSON.stringify(texts().map(t => t.length)) +
    ' closed by the server with ' + JSON.stringify(clients.map(c => c.serverCloses)))
  const notices = clients.flatMap(c => c.notices)
  // stay connected through a pause, so the server asks one of us for a version of the final text
  await sleep(Number(process.env.LINGER_MS || 0))
  const snapshots = clients.reduce((n, c) => n + c.snapshotsSent, 0)
  process.stdout.write(JSON.stringify({ text: texts()[0], notices, snapshots, serverCloses: clients.flatMap(c => c.serverCloses) }) + '\n')
  clients.forEach(c => c.close())
  await sleep(100)
  process.exit(0)
}

main().catch(e => { console.error(e); process.exit(1) })
