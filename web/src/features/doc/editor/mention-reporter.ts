import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** The server takes at most this many people in one report (`MentionPeople`). */
const REPORT_SIZE = 50;
/** Pasted HTML may carry mentions from elsewhere; only a person's id is worth reporting. */
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether this editor made the change. Yjs marks the changes it brings into the editor: others'
 * edits and the stored page are not mine; undo and redo come the same way but are.
 */
export function isLocal(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isUndoRedoOperation?: boolean } | undefined;
  return sync === undefined || Boolean(sync.isUndoRedoOperation);
}

function count(doc: Node, from: number, to: number, step: number, into: Map<string, number>) {
  doc.nodesBetween(from, to, (node) => {
    const id: unknown = node.attrs.id;
    if (node.type.name === 'mention' && typeof id === 'string' && PERSON_ID.test(id))
      into.set(id, (into.get(id) ?? 0) + step);
  });
}

/**
 * How many mentions of each person a transaction adds (positive) or removes (negative). Only what
 * each step replaced is looked at, so typing in a long page costs nothing more.
 */
export function mentionChanges(tr: Transaction): Map<string, number> {
  const changes = new Map<string, number>();
  tr.steps.forEach((step, index) => {
    const before = tr.docs[index];
    const after = tr.docs[index + 1] ?? tr.doc;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      count(before, oldStart, oldEnd, -1, changes);
      count(after, newStart, newEnd, 1, changes);
    });
  });
  return changes;
}

/**
 * Collects mention changes for a moment and reports the people mentioned more than before, so a
 * paste is one report and a paste undone at once none.
 */
export class MentionBatch {
  private pending = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly report: (personIds: string[]) => void,
    private readonly wait: number,
  ) {}

  add(changes: Map<string, number>) {
    if (changes.size === 0) return;
    for (const [id, change] of changes) this.pending.set(id, (this.pending.get(id) ?? 0) + change);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.wait);
  }

  flush() {
    clearTimeout(this.timer);
    const added = [...this.pending].filter(([, change]) => change > 0).map(([id]) => id);
    this.pending.clear();
    for (let start = 0; start < added.length; start += REPORT_SIZE)
      this.report(added.slice(start, start + REPORT_SIZE));
  }
}

/**
 * Reports the people this editor's person mentions, however the mention got in: picked after `@`,
 * pasted, dropped, or brought back by undo or redo. Others' edits arriving through Yjs are theirs
 * to report, and a page's loaded mentions are not new.
 */
export const MentionReporter = Extension.create<
  { report: (personIds: string[]) => void; wait: number },
  { batch: MentionBatch }
>({
  name: 'mentionReporter',

  addOptions() {
    return { report: () => undefined, wait: 500 };
  },

  addStorage() {
    return { batch: new MentionBatch(this.options.report, this.options.wait) };
  },

  onTransaction({ transaction, appendedTransactions }) {
    // what other plugins append follows the change that caused it: mine only if that was mine
    if (!isLocal(transaction)) return;
    for (const tr of [transaction, ...appendedTransactions]) {
      if (tr.docChanged) this.storage.batch.add(mentionChanges(tr));
    }
  },

  onDestroy() {
    // a mention made just before leaving the page is still told
    this.storage.batch.flush();
  },
});
