// Opening a large page: a writer pastes paragraphs (PASTE_BYTES on average, English and Chinese,
// mostly at the end and now and then in between, PASTES_PER_SECOND) until the page holds
// LARGE_BYTES of text, stored through the server as every edit is; a reader watching the page
// meanwhile shows when all of it is stored. Then OPENS times a fresh client opens the page: the
// time from creating its socket (and from the socket being open) to synced, i.e. everything
// stored received and applied, and the HTTP fetches of the page and of its Markdown export.
const { CollabClient, sleep, until, Y } = require('../src/test/node/collab-client.cjs')
const { admin, people, space, quantile } = require('./doc-collab-setup.cjs')

const base = process.env.ATRIUM_URL
const ENGLISH = 'the quarterly plan lists every service we run with its owner its budget and the risks we found during review'.split(' ')
const CHINESE = '项目 进度 汇报 部署 复盘 客户 需求 评审 上线 测试 文档 预算 风险 负责人 季度 计划'.split(' ')

function paragraph (bytes) {
  const chinese = Math.random() < 0.4
  const words = chinese ? CHINESE : ENGLISH
  let text = ''
  while (Buffer.byteLength(text) < bytes) text += words[Math.floor(Math.random() * words.length)] + (chinese ? '' : ' ')
  return text.trim() + '\n\n'
}

/** Milliseconds of `work()`, `times` times, one after the other. */
async function timed (times, work) {
  const ms = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    await work(i)
    ms.push(performance.now() - start)
  }
  return Float64Array.from(ms).sort()
}

module.exports = async function largePage () {
  const target = Number(process.env.LARGE_BYTES || 1_000_000)
  const opens = Number(process.env.OPENS || 10)
  const pasteBytes = Number(process.env.PASTE_BYTES || 4000)
  const pastesPerSecond = Number(process.env.PASTES_PER_SECOND || 10)
  const [writer, reader] = await people(await admin(), 2, 'large', 2)
  const spaceId = await space(writer, 'Large', [reader])
  const pageId = (await writer.session.call('POST', '/api/v1/pages', { spaceId, title: 'Large page' })).id

  const writing = new CollabClient({ base, pageId, cookie: writer.session.cookie(), name: 'writer' })
  const watching = new CollabClient({ base, pageId, cookie: reader.session.cookie(), name: 'watcher' })
  await writing.connect()
  await watching.connect()
  const text = writing.doc.getText('t')
  let textBytes = 0
  let pastes = 0
  const writeStart = performance.now()
  while (textBytes < target) {
    const piece = paragraph(pasteBytes * (0.25 + Math.random() * 1.5))
    const at = Math.random() < 0.9 ? text.length : text.toString().lastIndexOf('\n\n', Math.floor(Math.random() * text.length)) + 2
    text.insert(at, piece)
    textBytes += Buffer.byteLength(piece)
    pastes++
    await sleep(1000 / pastesPerSecond)
  }
  const written = text.toString()
  await until(() => watching.doc.getText('t').length === written.length, 60000, 'the watcher to have the whole page')
  const writeSeconds = (performance.now() - writeStart) / 1000
  const stateBytes = Y.encodeStateAsUpdate(writing.doc).length
  const refusedWhileWriting = [...writing.notices, ...watching.notices].map(n => n.code)
  writing.close()
  watching.close()
  await sleep(500)

  let whole = 0
  const toOpen = []
  const fromSocketOpen = []
  const total = await timed(opens, async i => {
    const start = performance.now()
    const client = new CollabClient({ base, pageId, cookie: reader.session.cookie(), name: 'opener' + i })
    const synced = client.connect()
    client.socket.once('open', () => toOpen.push(performance.now() - start))
    await synced
    fromSocketOpen.push(performance.now() - start - toOpen[i])
    if (client.doc.getText('t').toString() === written) whole++
    client.close()
  })
  const page = await timed(opens, () => reader.session.request('GET', '/api/v1/pages/' + pageId))
  let markdownBytes = 0
  const markdown = await timed(opens, async () => { markdownBytes = Buffer.byteLength(await reader.session.request('GET', '/api/v1/pages/' + pageId + '/markdown')) })
  const versions = (await reader.session.call('GET', '/api/v1/pages/' + pageId + '/versions')).length
  const ms = sorted => ({ p50: quantile(sorted, 0.5), max: quantile(sorted, 1) })
  return {
    textBytes, stateBytes, pastes, writeSeconds: Math.round(writeSeconds * 10) / 10, versions, refusedWhileWriting,
    opens, open: ms(total), handshake: ms(Float64Array.from(toOpen).sort()), openToSynced: ms(Float64Array.from(fromSocketOpen).sort()),
    httpPage: ms(page), httpMarkdown: ms(markdown), markdownBytes,
    lost: opens - whole, converged: whole === opens
  }
}
