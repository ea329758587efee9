// An editor types into a page one character at a time (each its own update, paced under the rate
// limit), answering the server's snapshot requests, until a fresh client loads the whole text.
// Environment: ATRIUM_URL, PAGE_ID, COOKIE, TEXT. Prints {text, snapshots}.
const { CollabClient, sleep, until } = require('./collab-client.cjs')

async function main () {
  const base = process.env.ATRIUM_URL
  const pageId = process.env.PAGE_ID
  const editor = new CollabClient({ base, pageId, cookie: process.env.COOKIE, name: 'writer' })
  await editor.connect()
  const text = editor.doc.getText('t')
  for (const character of process.env.TEXT) {
    text.insert(text.length, character)
    await sleep(30)
  }
  const fresh = new CollabClient({ base, pageId, cookie: process.env.COOKIE, name: 'fresh' })
  // each page asks for a version somewhere between 200 and 300 updates; by 300 every page has
  if (process.env.TEXT.length >= 300) await until(() => editor.snapshotsSent > 0, 20000, 'a snapshot request')
  await fresh.connect()
  await until(() => fresh.doc.getText('t').toString() === text.toString(), 10000, 'the stored text')
  process.stdout.write(JSON.stringify({ text: text.toString(), snapshots: editor.snapshotsSent, notices: editor.notices }) + '\n')
  editor.close()
  fresh.close()
  await sleep(50)
  process.exit(0)
}

main().catch(e => { console.error(e); process.exit(1) })
