import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';

/** Where a task made of a checklist item lives in the client; the item links there once it is one. */
export const taskPath = (id: string) => `/tasks/${id}`;

/** A checklist item that can become a task: its text, the people mentioned on it, where its text ends. */
export interface ChecklistItem {
  /** The item's position (before its node). */
  pos: number;
  /** The item's own text without its mentions, as the task's title. */
  title: string;
  /** The people mentioned on it, in order: the first is whom the task is for. */
  personIds: string[];
  /** The position right after the item's own text, where its link to the task goes. */
  end: number;
  /** It links to a task already (it was made one). */
  linked: boolean;
}

/**
 * The checklist item the selection is in, read from its own paragraph (not the lists nested under
 * it), or null when the selection is in none or the item has no text besides its mentions.
 */
export function checklistItemAt(state: EditorState): ChecklistItem | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const item = $from.node(depth);
    if (item.type.name !== 'taskItem') continue;
    const paragraph = item.firstChild;
    if (!paragraph || !paragraph.isTextblock) return null;
    const pos = $from.before(depth);
    const words: string[] = [];
    const personIds: string[] = [];
    let linked = false;
    paragraph.forEach((child: ProseMirrorNode) => {
      if (child.type.name === 'mention') {
        const id = String(child.attrs.id ?? '');
        if (id && !personIds.includes(id)) personIds.push(id);
      } else if (child.isText) {
        if (child.marks.some((mark) => mark.type.name === 'link' && String(mark.attrs.href).startsWith('/tasks/'))) {
          linked = true;
        } else {
          words.push(child.text ?? '');
        }
      }
    });
    const title = words.join('').replace(/\s+/g, ' ').trim();
    if (!title) return null;
    // the item's node opens at pos, its paragraph at pos + 1, whose text ends before its closing
    return { pos, title, personIds, end: pos + 1 + paragraph.nodeSize - 1, linked };
  }
  return null;
}
