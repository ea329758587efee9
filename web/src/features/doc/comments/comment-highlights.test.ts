// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FRAGMENT } from '../collab/render-snapshot';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { anchorOf } from './anchors';
import { CommentHighlights, highlightRanges, setHighlights } from './comment-highlights';

/** Two people's editors on one page, their Y.Docs exchanging every update as the server relays them. */
function twoEditors() {
  const docs = [new Y.Doc(), new Y.Doc()];
  docs.forEach((doc, index) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(docs[1 - index], update, 'remote');
    }),
  );
  const editors = docs.map(
    (doc) =>
      new Editor({
        element: document.createElement('div'),
        extensions: [
          ...documentExtensions({ collaborative: true }),
          Collaboration.configure({ document: doc, field: FRAGMENT }),
          CommentHighlights,
        ],
      }),
  );
  return editors;
}

const marked = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('[data-thread-id]')].map((element) => element.textContent).join('');

describe('comment highlights', () => {
  let editors: Editor[] = [];
  afterEach(() => editors.forEach((editor) => editor.destroy()));

  it('follow the passage through both people’s edits and collapse when its text is deleted', () => {
    editors = twoEditors();
    const [mine, theirs] = editors;
    mine.commands.setContent('<p>发布日期定在周五，测试已完成。</p>');
    const text = mine.state.doc.textContent;
    const from = 1 + text.indexOf('周五');
    const anchor = anchorOf(mine.state, from, from + 2);
    if (!anchor) throw new Error('no anchor for a selected passage');
    expect(anchor.quote).toBe('周五');

    // the other person receives the thread from the server and marks it in their own editor
    theirs.view.dispatch(setHighlights(theirs.state.tr, [{ id: 't1', anchor, resolved: false }], null));
    mine.view.dispatch(setHighlights(mine.state.tr, [{ id: 't1', anchor, resolved: false }], 't1'));
    expect(marked(theirs)).toBe('周五');

    // text typed before the passage, here and there, moves it along in both editors
    mine.commands.insertContentAt(1, '注意：');
    theirs.commands.insertContentAt(1, 'Note ');
    expect(marked(mine)).toBe('周五');
    expect(marked(theirs)).toBe('周五');
    expect(mine.view.dom.querySelector('.is-active')?.textContent).toBe('周五');

    // the passage is deleted by the other person: nothing is marked, its range is empty
    const start = 1 + theirs.state.doc.textContent.indexOf('周五');
    theirs.commands.deleteRange({ from: start, to: start + 2 });
    expect(marked(mine)).toBe('');
    const range = highlightRanges(mine.state).get('t1');
    expect(range && range.from >= range.to).toBe(true);
  });

  it('quotes a long passage cut short, and nothing for an empty selection', () => {
    editors = twoEditors();
    const [mine] = editors;
    mine.commands.setContent(`<p>${'长'.repeat(300)}</p>`);
    expect([...(anchorOf(mine.state, 1, 301)?.quote ?? '')]).toHaveLength(200);
    expect(anchorOf(mine.state, 5, 5)).toBeNull();
  });
});
