// Many pages open at once: PEOPLE people, PAGES pages in SPACES project spaces (the company may
// edit), every person with one page open (PEOPLE / PAGES a page) on a real, synced socket. A seeded
// TYPING_SHARE of them type at CHARS_PER_SECOND for DURATION_SECONDS at a caret that moves now and
// then, with their caret in awareness as an editor sends it; the rest read. Measured: propagation
// of every keystroke to every other client of its page, updates lost, convergence of every page,
// sockets refused or closed by the server; the server's CPU with the pages open (idle for
// IDLE_SECONDS, then while typing), and its live heap and RSS with none and with all open.
const { monitorEventLoopDelay } = require('perf_hooks')
const { CollabClient, sleep, until } = require('../src/test/node/collab-client.cjs')
const { admin, people, space, parallel, Propagation, connectAll, Server } = require('./doc-collab-setup.cjs')

const base = process.env.ATRIUM_URL
const WORDS = 'the plan for next week is to ship the draft review notes and fix what the team found in testing'.split(' ')

/** A small seeded generator (mulberry32), so every run picks the same typists and carets. */
function random (seed) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Types into one client's page: words at a caret that jumps somewhere else every ~40 characters. */
async function type (client, propagation, rate, end, next) {
  const text = client.doc.getText('t')
  let caret = Math.floor(next() * (text.length + 1))
  let keystrokes = 0
  let word = ''
  await sleep(next() * 1000 / rate)
  while (performance.now() < end) {
    if (next() < 1 / 40) caret = Math.floor(next() * (text.length + 1))
    if (!word) word = WORDS[Math.floor(next() * WORDS.length)] + ' '
    caret = Math.min(caret, text.length)
    propagation.typed(client.doc)
    text.insert(caret, word[0])
    word = word.slice(1)
    caret++
    keystrokes++
    client.awareness.setLocalStateField('cursor', { anchor: caret, head: caret })
    await sleep(1000 / rate)
  }
  return keystrokes
}

const kb = bytes => bytes === null ? null : Math.round(bytes / 1024)
const mb = bytes => bytes === null ? null : Math.round(bytes / 1024 / 1024)

module.exports = async function manyPages () {
  const count = Number(process.env.PEOPLE || 1000)
  const pageCount = Number(process.env.PAGES || 200)
  const spaceCount = Number(process.env.SPACES || 4)
  const seconds = Number(process.env.DURATION_SECONDS || 60)
  const idleSeconds = Number(process.env.IDLE_SECONDS || 10)
  const rate = Number(process.env.CHARS_PER_SECOND || 5)
  const share = Number(process.env.TYPING_SHARE || 0.1)
  const next = random(20261125)

  const adminSession = await admin()
  const server = new Server(adminSession)
  const provisionStart = performance.now()
  const everyone = await people(adminSession, count, 'reader', Number(process.env.PROVISION_WIDTH || 8))
  const spaces = []
  for (let s = 0; s < spaceCount; s++) spaces.push(await space(everyone[s], 'Bench ' + s, 'company'))
  const pageIds = new Array(pageCount)
  await parallel(pageCount, 4, async i => {
    const owner = everyone[i % spaceCount]
    pageIds[i] = (await owner.session.call('POST', '/api/v1/pages', { spaceId: spaces[i % spaceCount], title: 'Page ' + i })).id
  })
  const provisionSeconds = (performance.now() - provisionStart) / 1000
  const typing = new Set()
  while (typing.size < Math.round(count * share)) typing.add(Math.floor(next() * count))

  await server.settle()
  const closed = await server.memory()
  const propagation = new Propagation()
  const clients = everyone.map((p, i) => new CollabClient({ base, pageId: pageIds[i % pageCount], cookie: p.session.cookie(), name: 'r' + i, reconnect: true }))
  clients.forEach(c => propagation.watch(c))
  const connectStart = performance.now()
  const refused = await connectAll(clients, Number(process.env.CONNECT_WIDTH || 50))
  const connectSeconds = (performance.now() - connectStart) / 1000
  clients.forEach((c, i) => c.awareness.setLocalStateField('user', { name: 'Reader ' + i }))
  await server.settle()
  const open = await server.memory()
  const idleFrom = server.cpu()
  await sleep(idleSeconds * 1000)
  const idle = Server.share(idleFrom, server.cpu())

  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const self = process.cpuUsage()
  const typingFrom = server.cpu()
  const end = performance.now() + seconds * 1000
  const typed = new Map()
  await Promise.all([...typing].map(async i => typed.set(i, await type(clients[i], propagation, rate, end, random(i)))))
  const busy = Server.share(typingFrom, server.cpu())
  const used = process.cpuUsage(self)
  const generator = Math.round((used.user + used.system) / seconds / 1e4)
  loop.disable()

  const perPage = Math.ceil(count / pageCount)
  let keystrokes = 0
  let expected = 0
  typed.forEach((n, i) => {
    keystrokes += n
    expected += n * (clients.filter((c, j) => j % pageCount === i % pageCount).length - 1)
  })
  await until(() => propagation.latencies.length >= expected, 60000, 'every keystroke at every reader').catch(() => {})
  let converged = true
  for (let p = 0; p < pageCount; p++) {
    const texts = new Set(clients.filter((c, j) => j % pageCount === p).map(c => c.doc.getText('t').toString()))
    if (texts.size > 1) converged = false
  }
  const after = await server.memory()
  const { deliveries, p50, p99, max } = propagation.summary()
  const closes = clients.reduce((n, c) => n + c.serverCloses.length, 0)
  const notices = clients.flatMap(c => c.notices.map(n => n.code))
  clients.forEach(c => c.close())
  const heapDelta = open.heap === null ? null : open.heap - closed.heap
  return {
    people: count, pages: pageCount, perPage, typists: typing.size, seconds, rate,
    keystrokes, deliveries, p50, p99, max, lost: expected - deliveries, converged,
    refused, closedByServer: closes, notices: [...new Set(notices)],
    provisionSeconds: Math.round(provisionSeconds), connectSeconds: Math.round(connectSeconds * 10) / 10,
    cpuIdle: idle, cpuTyping: busy, generatorCpu: generator,
    eventLoopP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
    eventLoopMaxMs: Math.round(loop.max / 1e5) / 10,
    heapMB: { closed: mb(closed.heap), open: mb(open.heap), after: mb(after.heap) },
    rssMB: { closed: mb(closed.rss), open: mb(open.rss), after: mb(after.rss) },
    perPageKB: { heap: heapDelta === null ? null : kb(heapDelta / pageCount), rss: kb((open.rss - closed.rss) / pageCount) },
    perSocketKB: { heap: heapDelta === null ? null : kb(heapDelta / count), rss: kb((open.rss - closed.rss) / count) }
  }
}
