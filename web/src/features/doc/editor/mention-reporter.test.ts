// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FRAGMENT } from '../collab/render-snapshot';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { MentionBatch, MentionReporter } from './mention-reporter';

const BOB = '0190f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e';
const EVE = '0190f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8f';
const mention = (id: string, name: string) =>
  `<a data-type="mention" data-id="${id}" data-label="${name}">@${name}</a>`;

/** One person's editor on a shared page, and the people it reported, batch by batch. */
interface Writer {
  editor: Editor;
  reports: string[][];
  /** Reports what the editor collected so far, as its timer would. */
  settle: () => string[][];
}

function writer(doc: Y.Doc): Writer {
  const reports: string[][] = [];
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...documentExtensions({ collaborative: true }),
      Collaboration.configure({ document: doc, field: FRAGMENT }),
      MentionReporter.configure({ report: (ids) => reports.push(ids), wait: 60_000 }),
    ],
  });
  const settle = () => {
    (editor.storage as unknown as { mentionReporter: { batch: MentionBatch } }).mentionReporter.batch.flush();
    return reports.splice(0);
  };
  return { editor, reports, settle };
}

/** Two people's Y.Docs exchanging every update as the server relays them. */
function linked(): Y.Doc[] {
  const docs = [new Y.Doc(), new Y.Doc()];
  docs.forEach((doc, index) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(docs[1 - index], update, 'remote');
    }),
  );
  return docs;
}

/** Starts a new undo step, as a pause in typing would. */
const pause = (editor: Editor) =>
  (yUndoPluginKey.getState(editor.state) as { undoManager: Y.UndoManager }).undoManager.stopCapturing();

describe('reporting the people I mention in a page', () => {
  const editors: Editor[] = [];
  afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

  it('reports a pasted mention once, and one picked after @ as before', () => {
    const [doc] = linked();
    const me = writer(doc);
    editors.push(me.editor);

    me.editor.view.pasteHTML(`<p>请 ${mention(BOB, '王伟')} 和 ${mention(EVE, 'Eve')} 看一下</p>`);
    expect(me.settle()).toEqual([[BOB, EVE]]);
    me.editor.commands.insertContent(' 谢谢');
    expect(me.settle()).toEqual([]);

    // the suggestion list inserts the node the same way
    me.editor.commands.insertContent({ type: 'mention', attrs: { id: BOB, label: '王伟' } });
    expect(me.settle()).toEqual([[BOB]]);
  });

  it('reports what redo brings back, not what undo takes away', () => {
    const [doc] = linked();
    const me = writer(doc);
    editors.push(me.editor);
    me.editor.commands.setContent('<p>Plan</p>');
    me.settle();
    pause(me.editor);

    me.editor.view.pasteHTML(`<p>Owner: ${mention(BOB, 'Bob')}</p>`);
    expect(me.settle()).toEqual([[BOB]]);
    me.editor.commands.undo();
    expect(me.editor.getHTML()).not.toContain('Bob');
    expect(me.settle()).toEqual([]);
    me.editor.commands.redo();
    expect(me.editor.getHTML()).toContain('@Bob');
    expect(me.settle()).toEqual([[BOB]]);
  });

  it('leaves a collaborator’s mentions, and those of the page as loaded, to them', () => {
    const [mine, theirs] = linked();
    const me = writer(mine);
    const them = writer(theirs);
    editors.push(me.editor, them.editor);

    them.editor.view.pasteHTML(`<p>${mention(EVE, 'Eve')} please review</p>`);
    expect(me.editor.getHTML()).toContain('@Eve');
    expect(them.settle()).toEqual([[EVE]]);
    expect(me.settle()).toEqual([]);

    // someone opening the page later loads the mention; it is not theirs
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(mine), 'remote');
    const reader = writer(late);
    editors.push(reader.editor);
    expect(reader.editor.getHTML()).toContain('@Eve');
    expect(reader.settle()).toEqual([]);
  });

  it('does not report a mention moved within the page, or one that is not a person', () => {
    const [doc] = linked();
    const me = writer(doc);
    editors.push(me.editor);
    me.editor.commands.setContent(`<p>first ${mention(BOB, 'Bob')}</p><p>second</p>`);
    me.settle();

    const at = me.editor.state.doc.content.size - 1;
    const slice = me.editor.state.doc.slice(7, 8);
    me.editor.view.dispatch(me.editor.state.tr.delete(7, 8).insert(at - 1, slice.content));
    expect(me.editor.getHTML()).toContain('second<a');
    expect(me.settle()).toEqual([]);

    me.editor.view.pasteHTML(mention('not-a-person', 'Someone'));
    expect(me.settle()).toEqual([]);
  });
});

describe('a batch of mention changes', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment, nets additions against removals and reports in pieces the server takes', () => {
    vi.useFakeTimers();
    const reports: string[][] = [];
    const batch = new MentionBatch((ids) => reports.push(ids), 500);

    batch.add(new Map([[BOB, 1]]));
    vi.advanceTimersByTime(400);
    batch.add(new Map([[EVE, 1]]));
    vi.advanceTimersByTime(400);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual([[BOB, EVE]]);

    batch.add(new Map([[BOB, 1]]));
    batch.add(new Map([[BOB, -1]]));
    vi.advanceTimersByTime(500);
    expect(reports).toHaveLength(1);

    const many = Array.from(
      { length: 120 },
      (_, index) => `0190f3a2-7c4e-7b1a-9d2e-${String(index).padStart(12, '0')}`,
    );
    batch.add(new Map(many.map((id) => [id, 1])));
    vi.advanceTimersByTime(500);
    expect(reports.slice(1).map((ids) => ids.length)).toEqual([50, 50, 20]);
  });
});
