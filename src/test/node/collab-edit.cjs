// One editing session: an editor opens the page, types TEXT_KB kilobytes at once (past the log size
// that makes the server ask for a version), answers the server's snapshot request, and leaves.
// Environment: ATRIUM_URL, PAGE_ID, COOKIE, TEXT_KB.
const { CollabClient, until } = require('./collab-client.cjs')

async function main () {
  const editor = new CollabClient({ base: process.env.ATRIUM_URL, pageId: process.env.PAGE_ID, cookie: process.env.COOKIE, name: 'editor' })
  await editor.connect()
  editor.doc.getText('t').insert(0, '编辑 edit '.repeat(Number(process.env.TEXT_KB) * 1024 / 12))
  await until(() => editor.snapshotsSent > 0, 20000, 'the snapshot request')
  editor.close()
  process.stdout.write(JSON.stringify({ snapshots: editor.snapshotsSent, notices: editor.notices }) + '\n')
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
