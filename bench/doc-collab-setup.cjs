// What the co-editing benchmark's parts share: browser-like HTTP sessions, people and spaces made
// as an administrator would make them, the propagation meter, and the Atrium server's CPU, RSS and
// live heap (ATRIUM_PID, JCMD), read as bench/ChatLoad.java reads them.
const fs = require('fs')
const { execFileSync } = require('child_process')
const { Y, sleep } = require('../src/test/node/collab-client.cjs')

const base = process.env.ATRIUM_URL

/** A browser-like HTTP session: cookies, and the CSRF header from the XSRF-TOKEN cookie. */
class Session {
  constructor () { this.cookies = new Map() }
  cookie () { return [...this.cookies].map(([k, v]) => k + '=' + v).join('; ') }
  async request (method, path, body) {
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
    return text
  }
  async call (method, path, body) {
    const text = await this.request(method, path, body)
    return text ? JSON.parse(text) : null
  }
  static async signIn (login, password) {
    const s = new Session()
    await s.call('GET', '/api/v1/auth/csrf')
    await s.call('POST', '/api/v1/auth/sign-in', { login, password })
    return s
  }
}

function admin () {
  return Session.signIn(process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
}

/** Runs work(i) for i in [0, count) with at most `width` at a time. */
async function parallel (count, width, work) {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, count) }, async () => {
    while (next < count) await work(next++)
  }))
}

/**
 * `count` people in the root department, each made, given a temporary password, signed in and
 * made to choose their own (as a new colleague does), `width` at a time; answers {id, session}.
 */
async function people (adminSession, count, label, width = 1) {
  const root = (await adminSession.call('GET', '/api/v1/departments')).find(d => !d.parentId).id
  const run = Date.now().toString(36)
  const made = new Array(count)
  await parallel(count, width, async i => {
    const email = label + '-' + i + '-' + run + '@bench.test'
    const person = await adminSession.call('POST', '/api/v1/people', { name: label + ' ' + i, email, primaryDepartmentId: root, guest: false })
    const temporary = (await adminSession.call('POST', '/api/v1/people/' + person.id + '/reset-password')).temporaryPassword
    const session = await Session.signIn(email, temporary)
    await session.call('PUT', '/api/v1/me/password', { currentPassword: temporary, newPassword: 'Bench-' + label + '-9-' + i })
    made[i] = { id: person.id, session }
  })
  return made
}

/** A project space opened by `owner` where the others (or the whole company) may edit. */
async function space (owner, name, editors) {
  const made = await owner.session.call('POST', '/api/v1/spaces', { kind: 'PROJECT', name: name + ' ' + Date.now() })
  const grants = [{ kind: 'PERSON', id: owner.id, role: 'ADMIN' }]
  if (editors === 'company') grants.push({ kind: 'COMPANY', role: 'EDIT' })
  else editors.forEach(p => grants.push({ kind: 'PERSON', id: p.id, role: 'EDIT' }))
  await owner.session.call('PUT', '/api/v1/spaces/' + made.id + '/grants', { grants })
  return made.id
}

/**
 * Propagation of keystrokes: `typed` notes when a client is about to insert (by the id of the
 * struct the insert will make); `watch` makes a client time every struct it receives from others
 * against that note. One process, one clock.
 */
class Propagation {
  constructor () {
    this.typedAt = new Map() // "client:clock" → ms
    this.latencies = []
    this.typedTimes = []
  }
  typed (doc) {
    this.typedAt.set(doc.clientID + ':' + Y.getState(doc.store, doc.clientID), performance.now())
  }
  watch (client) {
    client.doc.on('update', (update, origin) => {
      if (origin !== client) return
      const now = performance.now()
      for (const struct of Y.decodeUpdate(update).structs) {
        const at = this.typedAt.get(struct.id.client + ':' + struct.id.clock)
        if (at !== undefined) {
          this.latencies.push(now - at)
          this.typedTimes.push(at)
        }
      }
    })
  }
  summary () {
    if (process.env.TIMELINE) this.printTimeline()
    const sorted = Float64Array.from(this.latencies).sort()
    return { deliveries: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: quantile(sorted, 1) }
  }
}

/**
 * TIMELINE=1: latencies by the 5-second window they were typed in, on stderr with the window's
 * wall-clock start, to line up with the server's log, JFR or disk statistics.
 */
Propagation.prototype.printTimeline = function () {
  const windows = new Map()
  const start = this.typedTimes.reduce((a, b) => Math.min(a, b), Infinity)
  this.typedTimes.forEach((at, i) => {
    const w = Math.floor((at - start) / 5000)
    if (!windows.has(w)) windows.set(w, [])
    windows.get(w).push(this.latencies[i])
  })
  for (const [w, latencies] of [...windows].sort((a, b) => a[0] - b[0])) {
    const sorted = Float64Array.from(latencies).sort()
    console.error(new Date(performance.timeOrigin + start + w * 5000).toISOString(), 't=' + w * 5 + 's', 'n=' + sorted.length,
      'p50=' + quantile(sorted, 0.5) + 'ms', 'p99=' + quantile(sorted, 0.99) + 'ms', 'max=' + quantile(sorted, 1) + 'ms')
  }
}

/** The q-quantile of sorted numbers (nearest rank), to 0.1; null for none. */
function quantile (sorted, q) {
  if (!sorted.length) return null
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10
}

/** Starts `clients` connecting, `width` at a time; answers how many were refused. */
async function connectAll (clients, width) {
  let refused = 0
  await parallel(clients.length, width, async i => {
    try {
      await clients[i].connect()
    } catch (e) {
      refused++
      console.error('doc-collab: ' + clients[i].name + ' refused: ' + e.message)
    }
  })
  return refused
}

/**
 * The Atrium JVM as the operating system and its metrics see it: CPU ticks (utime + stime, 100
 * a second) of the JVM and of the embedded PostgreSQL (its postmaster and every backend), RSS,
 * and the heap still live after a full GC (jcmd GC.run, then the Prometheus figure).
 */
class Server {
  constructor (session) {
    this.pid = Number(process.env.ATRIUM_PID || 0)
    this.session = session
    const pidFile = process.env.ATRIUM_DATA + '/pg/postmaster.pid'
    this.postgres = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : 0
  }
  static stat (pid) {
    try {
      const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) }
    } catch { return null }
  }
  cpu () {
    const atrium = this.pid ? (Server.stat(this.pid)?.ticks ?? 0) : 0
    let postgres = 0
    if (this.postgres) {
      for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue
        const s = Server.stat(entry)
        if (s && (Number(entry) === this.postgres || s.ppid === this.postgres)) postgres += s.ticks
      }
    }
    return { atrium, postgres, at: performance.now() }
  }
  /**
   * Waits (up to a minute) until Atrium uses under 10 % of a core over 2 s: work that making 1,000
   * people left queued, such as indexing them for search, would otherwise count as the open pages'.
   */
  async settle () {
    for (let i = 0; i < 30; i++) {
      const from = this.cpu()
      await new Promise(resolve => setTimeout(resolve, 2000))
      if (Server.share(from, this.cpu()).atrium < 10) return
    }
  }

  /** Per cent of one core between two cpu() readings. */
  static share (from, to) {
    const seconds = (to.at - from.at) / 1000
    return { atrium: Math.round((to.atrium - from.atrium) / seconds), postgres: Math.round((to.postgres - from.postgres) / seconds) }
  }
  rss () {
    if (!this.pid) return null
    const line = fs.readFileSync('/proc/' + this.pid + '/status', 'utf8').split('\n').find(l => l.startsWith('VmRSS:'))
    return Number(line.replace(/\D/g, '')) * 1024
  }
  async heapUsed () {
    const metrics = await this.session.request('GET', '/actuator/prometheus')
    let sum = 0
    for (const line of metrics.split('\n')) {
      if (line.startsWith('jvm_memory_used_bytes{') && line.includes('area="heap"')) sum += Number(line.slice(line.lastIndexOf(' ') + 1))
    }
    return sum
  }
  async liveHeap () {
    if (!this.pid || !process.env.JCMD) return null
    execFileSync(process.env.JCMD, [String(this.pid), 'GC.run'], { stdio: 'ignore' })
    await sleep(500)
    return this.heapUsed()
  }
  /** Live heap and RSS now, in bytes. */
  async memory () {
    return { heap: await this.liveHeap(), rss: this.rss() }
  }
}

module.exports = { Session, admin, parallel, people, space, Propagation, quantile, connectAll, Server }
