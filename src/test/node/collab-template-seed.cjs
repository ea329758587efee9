// A page made from a template, opened by two editors at the same moment: the server tells exactly
// one of them to write the template, before their sync completes. That one writes it; both end up
// with it once. A reader and a later editor are never told. Then, on a second page, the one told
// leaves without writing: the next editor to arrive is told instead.
// Environment: ATRIUM_URL, PAGE_ID, SECOND_PAGE_ID, EDITORS (two cookies, comma-separated), READER.
const { CollabClient, sleep, until } = require('./collab-client.cjs')

const base = process.env.ATRIUM_URL
const [first, second] = process.env.EDITORS.split(',')
const client = (pageId, cookie, name) => new CollabClient({ base, pageId, cookie, name })
const text = c => c.doc.getText('t').toString()

async function main () {
  const pageId = process.env.PAGE_ID
  const together = [client(pageId, first, 'a'), client(pageId, second, 'b'), client(pageId, process.env.READER, 'reader')]
  // connect() resolves on the server's sync step 2, which comes after the seed frame if there is one
  await Promise.all(together.map(c => c.connect()))
  const told = together.filter(c => c.seeds.length > 0)
  told.forEach(c => c.doc.getText('t').insert(0, c.seeds[0]))
  // the test checks what they hold; a second writer would show up as the template twice
  await until(() => new Set(together.map(text)).size === 1 && text(together[0]).length > 0, 10000, 'the clients to agree')
    .catch(() => {})
  const later = client(pageId, first, 'later')
  await later.connect()

  const secondPage = process.env.SECOND_PAGE_ID
  const leaver = client(secondPage, first, 'leaver')
  await leaver.connect()
  const leaverTold = leaver.seeds.length
  leaver.close()
  // the server releases the claim once it has handled the close: until then a newcomer is not told
  let next
  const deadline = Date.now() + 10000
  for (;;) {
    next = client(secondPage, second, 'next')
    await next.connect()
    if (next.seeds.length > 0 || Date.now() > deadline) break
    next.close()
    await sleep(50)
  }
  process.stdout.write(JSON.stringify({
    told: told.map(c => c.name),
    seeds: together.map(c => c.seeds.length),
    texts: together.map(text),
    later: { seeds: later.seeds.length, text: text(later) },
    leaverTold,
    nextTold: next.seeds.length
  }) + '\n')
  together.concat(later, next).forEach(c => c.close())
  await sleep(50)
  process.exit(0)
}

main().catch(e => { console.error(e); process.exit(1) })
