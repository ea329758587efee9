// Connects one fresh client to a page, waits for the stored content and prints its text.
// Environment: ATRIUM_URL, PAGE_ID, COOKIE.
const { CollabClient, sleep } = require('./collab-client.cjs')

async function main () {
  const client = new CollabClient({ base: process.env.ATRIUM_URL, pageId: process.env.PAGE_ID, cookie: process.env.COOKIE })
  await client.connect()
  process.stdout.write(JSON.stringify({ text: client.doc.getText('t').toString() }) + '\n')
  client.close()
  await sleep(50)
  process.exit(0)
}

main().catch(e => { console.error(e); process.exit(1) })
