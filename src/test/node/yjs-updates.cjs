// Prints one JSON line per Yjs update made by the real yjs package: the update (base64) and what
// Yjs itself reads from it (state vector, delete set), for YjsUpdateDecoderTest to compare with.
const Y = require('yjs')

const out = []
function record (name, update) {
  const sv = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))
  const ds = Y.decodeUpdate(update).ds
  const deletes = {}
  ds.clients.forEach((items, client) => {
    deletes[client] = items.map(d => [d.clock, d.len])
  })
  const vector = {}
  sv.forEach((clock, client) => { vector[client] = clock })
  out.push({ name, update: Buffer.from(update).toString('base64'), stateVector: vector, deletes })
}

function doc (clientID, gc = true) {
  const d = new Y.Doc({ gc })
  d.clientID = clientID
  return d
}

// text: inserts, deletes, CJK and astral characters (a surrogate pair counts 2 in Yjs's clocks)
const text = doc(11)
const updates = []
text.on('update', u => updates.push(u))
const t = text.getText('t')
t.insert(0, 'hello world')
t.insert(5, ', 世界 😀')
t.delete(0, 3)
t.format(0, 4, { bold: true })
t.insertEmbed(2, { image: 'a.png' })
updates.forEach((u, i) => record('text-step-' + i, u))
record('text-whole', Y.encodeStateAsUpdate(text))

// garbage-collected deletions become GC structs
const gc = doc(12, true)
gc.getText('t').insert(0, 'x'.repeat(50))
gc.getText('t').delete(10, 30)
gc.getArray('a').insert(0, [1, 2, 3])
gc.getArray('a').delete(0, 3)
record('gc', Y.encodeStateAsUpdate(gc))
const kept = doc(13, false)
kept.getText('t').insert(0, 'abcdef')
kept.getText('t').delete(1, 2)
record('deleted-kept', Y.encodeStateAsUpdate(kept))

// every kind of value a map or array may hold (lib0 "any"), binary, subdocuments, nested types
const values = doc(14)
const m = values.getMap('m')
m.set('int', 42)
m.set('negative', -123456789)
m.set('big', 2 ** 52)
m.set('float', 3.25)
m.set('double', Math.PI)
m.set('bigint', 12345678901234n)
m.set('str', '字符串')
m.set('null', null)
m.set('undefined', undefined)
m.set('yes', true)
m.set('no', false)
m.set('obj', { a: [1, { b: 'c' }], d: null })
m.set('arr', [1, 'two', [3]])
m.set('bytes', new Uint8Array([1, 2, 3, 255]))
m.set('sub', new Y.Doc({ guid: 'sub-guid' }))
m.set('nested', new Y.Map())
m.get('nested').set('x', new Y.Array())
m.get('nested').get('x').push(['y', 1])
values.getArray('a').push([1, 2, 3, 'four', { five: 5 }])
values.getArray('a').delete(1, 2)
record('values', Y.encodeStateAsUpdate(values))

// a TipTap-like document: an XmlFragment named "default" of elements with attributes and text
const rich = doc(15)
const fragment = rich.getXmlFragment('default')
const heading = new Y.XmlElement('heading')
heading.setAttribute('level', '1')
heading.insert(0, [new Y.XmlText('标题 Title')])
const paragraph = new Y.XmlElement('paragraph')
const body = new Y.XmlText()
paragraph.insert(0, [body])
fragment.insert(0, [heading, paragraph, new Y.XmlHook('hook')])
body.insert(0, 'some ', {})
body.insert(5, 'bold', { bold: true })
body.insert(9, ' text')
record('rich', Y.encodeStateAsUpdate(rich))

// two peers editing concurrently, then their merged update and a diff against a state vector
const a = doc(21)
const b = doc(22)
a.getText('t').insert(0, 'from a ')
b.getText('t').insert(0, 'from b ')
Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
a.getText('t').insert(3, 'AAA')
b.getText('t').delete(0, 4)
const svA = Y.encodeStateVector(a)
Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
record('merged-peers', Y.encodeStateAsUpdate(a))
record('diff', Y.encodeStateAsUpdate(b, svA))
record('merge-of-two', Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]))

// a merge of non-adjacent updates of one client carries a Skip struct
const skip = doc(31)
const steps = []
skip.on('update', u => steps.push(u))
for (let i = 0; i < 5; i++) skip.getText('t').insert(i, String(i))
record('with-skip', Y.mergeUpdates([steps[0], steps[2], steps[4]]))
record('empty', Y.encodeStateAsUpdate(new Y.Doc()))

// many random edits by three peers
const peers = [doc(41), doc(42), doc(43)]
// mulberry32: exact in 32-bit integer arithmetic (a classic LCG overflows JavaScript's doubles)
let seed = 7
const random = n => {
  seed = (seed + 0x6D2B79F5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) % n
}
for (let i = 0; i < 300; i++) {
  const p = peers[random(3)]
  const s = p.getText('t')
  if (s.length > 0 && random(3) === 0) s.delete(random(s.length), 1)
  else s.insert(random(s.length + 1), 'abc中文😀'[random(7)])
  if (random(10) === 0) {
    const q = peers[random(3)]
    Y.applyUpdate(q, Y.encodeStateAsUpdate(p, Y.encodeStateVector(q)))
  }
}
peers.forEach((p, i) => record('random-' + i, Y.encodeStateAsUpdate(p)))

process.stdout.write(out.map(o => JSON.stringify(o)).join('\n') + '\n')
