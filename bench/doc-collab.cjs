// Co-editing benchmark, real Yjs clients on /api/v1/pages/{id}/collab. PARTS (comma-separated)
// picks what to run against the server at ATRIUM_URL; each part provisions its own people (as an
// administrator would) and prints one JSON line with "part" set:
//   one    EDITORS on one page type at human speed (CHARS_PER_SECOND each, at random places) for
//          DURATION_SECONDS: every keystroke's propagation from the moment its author typed it to
//          the moment each other editor has it.             → {editors, keystrokes, deliveries, p50, p99, max, lost, converged}
//   pages  PEOPLE with one page each open out of PAGES (bench/doc-collab-pages.cjs).
//   large  the time to open a page of LARGE_BYTES (bench/doc-collab-large.cjs).
// Environment: ATRIUM_URL, ADMIN_EMAIL, ADMIN_PASSWORD, ATRIUM_PID, ATRIUM_DATA, JCMD, and each part's own.
// Exit status 0 only if every part delivered everything and converged.
const { CollabClient, sleep, until } = require('../src/test/node/collab-client.cjs')
const { admin, people, space, Propagation, connectAll } = require('./doc-collab-setup.cjs')
const manyPages = require('./doc-collab-pages.cjs')
const largePage = require('./doc-collab-large.cjs')

const base = process.env.ATRIUM_URL

async function onePage () {
  const editors = await people(await admin(), Number(process.env.EDITORS || 20), 'editor', 4)
  const spaceId = await space(editors[0], 'Bench', editors.slice(1))
  const pageId = (await editors[0].session.call('POST', '/api/v1/pages', { spaceId, title: 'Bench page' })).id
  const seconds = Number(process.env.DURATION_SECONDS || 30)
  const rate = Number(process.env.CHARS_PER_SECOND || 5)
  const propagation = new Propagation()
  const clients = editors.map((p, i) => new CollabClient({ base, pageId, cookie: p.session.cookie(), name: 'e' + i }))
  clients.forEach(c => propagation.watch(c))
  if (await connectAll(clients, 20) > 0) throw new Error('an editor could not open the page')
  clients.forEach((c, i) => c.awareness.setLocalStateField('user', { name: 'Editor ' + i }))
  const end = performance.now() + seconds * 1000
  let keystrokes = 0
  await Promise.all(clients.map(async client => {
    const text = client.doc.getText('t')
    await sleep(Math.random() * 1000 / rate)
    while (performance.now() < end) {
      propagation.typed(client.doc)
      text.insert(Math.floor(Math.random() * (text.length + 1)), 'abcdefghij'[keystrokes % 10])
      keystrokes++
      await sleep(1000 / rate)
    }
  }))
  const expected = keystrokes * (clients.length - 1)
  await until(() => propagation.latencies.length >= expected, 30000, 'every keystroke at every editor').catch(() => {})
  const texts = new Set(clients.map(c => c.doc.getText('t').toString()))
  const { deliveries, p50, p99, max } = propagation.summary()
  clients.forEach(c => c.close())
  return { editors: clients.length, keystrokes, deliveries, p50, p99, max, lost: expected - deliveries, converged: texts.size === 1 }
}

const PARTS = { one: onePage, pages: manyPages, large: largePage }

async function main () {
  let ok = true
  for (const name of (process.env.PARTS || 'one').split(',')) {
    const result = await PARTS[name]()
    ok &&= result.lost === 0 && result.converged
    process.stdout.write(JSON.stringify({ part: name, ...result }) + '\n')
    await sleep(200)
  }
  process.exit(ok ? 0 : 1)
}

main().catch(e => { console.error(e); process.exit(1) })
