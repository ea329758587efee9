// Co-editing benchmark: EDITORS real Yjs clients on one page type at human speed (CHARS_PER_SECOND
// each, at random places) for SECONDS; every keystroke's propagation time is measured from the
// moment its author typed it to the moment each other editor has it (one process, one clock).
// Provisions the editors (as an administrator would) and a project space with one page first.
// Environment: ATRIUM_URL, ADMIN_EMAIL, ADMIN_PASSWORD, EDITORS, DURATION_SECONDS, CHARS_PER_SECOND.
// Prints one JSON line: {editors, keystrokes, deliveries, p50, p99, max, lost, converged}.
const { CollabClient, sleep, until, Y } = require('../src/test/node/collab-client.cjs')

const base = process.env.ATRIUM_URL

/** A browser-like HTTP session: cookies, and the CSRF header from the XSRF-TOKEN cookie. */
class Session {
  constructor () { this.cookies = new Map() }
  cookie () { return [...this.cookies].map(([k, v]) => k + '=' + v).join('; ') }
  async call (method, path, body) {
    const headers = { Cookie: this.cookie(), Origin: base }
    if (this.cookies.has('XSRF-TOKEN')) headers['X-XSRF-TOKEN'] = this.cookies.get('XSRF-TOKEN')
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
    const text = await res.text()
    if (res.status >= 400) throw new Error(method + ' ' + path + ' → ' + res.status + ' ' + text)
    return text ? JSON.parse(text) : null
  }
  static async signIn (login, password) {
    const s = new Session()
    await s.call('GET', '/api/v1/auth/csrf')
    await s.call('POST', '/api/v1/auth/sign-in', { login, password })
    return s
  }
}

async function provision (count) {
  const admin = await Session.signIn(process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
  const root = (await admin.call('GET', '/api/v1/departments')).find(d => !d.parentId).id
  const people = []
  for (let i = 0; i < count; i++) {
    const email = 'editor-' + i + '-' + Date.now() + '@bench.test'
    const person = await admin.call('POST', '/api/v1/people', { name: 'Editor ' + i, email, primaryDepartmentId: root, guest: false })
    const temporary = (await admin.call('POST', '/api/v1/people/' + person.id + '/reset-password')).temporaryPassword
    const session = await Session.signIn(email, temporary)
    await session.call('PUT', '/api/v1/me/password', { currentPassword: temporary, newPassword: 'Bench-editor-9-' + i })
    people.push({ id: person.id, session })
  }
  const owner = people[0]
  const space = await owner.session.call('POST', '/api/v1/spaces', { kind: 'PROJECT', name: 'Bench ' + Date.now() })
  await owner.session.call('PUT', '/api/v1/spaces/' + space.id + '/grants', {
    grants: people.map((p, i) => ({ kind: 'PERSON', id: p.id, role: i === 0 ? 'ADMIN' : 'EDIT' }))
  })
  const page = await owner.session.call('POST', '/api/v1/pages', { spaceId: space.id, title: 'Bench page' })
  return { pageId: page.id, cookies: people.map(p => p.session.cookie()) }
}

async function main () {
  const { pageId, cookies } = await provision(Number(process.env.EDITORS || 20))
  process.env.PAGE_ID = pageId
  const seconds = Number(process.env.DURATION_SECONDS || 30)
  const rate = Number(process.env.CHARS_PER_SECOND || 5)
  const typedAt = new Map() // "client:clock" → ms
  const latencies = []
  const clients = cookies.map((cookie, i) => new CollabClient({ base, pageId, cookie, name: 'e' + i }))
  for (const client of clients) {
    client.doc.on('update', (update, origin) => {
      if (origin !== client) return
      const now = performance.now()
      for (const struct of Y.decodeUpdate(update).structs) {
        const at = typedAt.get(struct.id.client + ':' + struct.id.clock)
        if (at !== undefined) latencies.push(now - at)
      }
    })
  }
  await Promise.all(clients.map(c => c.connect()))
  clients.forEach((c, i) => c.awareness.setLocalStateField('user', { name: 'Editor ' + i }))
  const end = performance.now() + seconds * 1000
  let keystrokes = 0
  await Promise.all(clients.map(async client => {
    const text = client.doc.getText('t')
    await sleep(Math.random() * 1000 / rate)
    while (performance.now() < end) {
      typedAt.set(client.doc.clientID + ':' + Y.getState(client.doc.store, client.doc.clientID), performance.now())
      text.insert(Math.floor(Math.random() * (text.length + 1)), 'abcdefghij'[keystrokes % 10])
      keystrokes++
      await sleep(1000 / rate)
    }
  }))
  const expected = keystrokes * (clients.length - 1)
  await until(() => latencies.length >= expected, 30000, 'every keystroke at every editor').catch(() => {})
  const texts = new Set(clients.map(c => c.doc.getText('t').toString()))
  latencies.sort((a, b) => a - b)
  const at = q => latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10 : null
  process.stdout.write(JSON.stringify({
    editors: clients.length, keystrokes, deliveries: latencies.length, p50: at(0.5), p99: at(0.99),
    max: at(1), lost: expected - latencies.length, converged: texts.size === 1
  }) + '\n')
  clients.forEach(c => c.close())
  await sleep(100)
  process.exit(texts.size === 1 && latencies.length === expected ? 0 : 1)
}

main().catch(e => { console.error(e); process.exit(1) })
