import { diffLines } from 'diff';

export interface DiffRow {
  left?: string;
  right?: string;
  /** same: on both sides; changed: left replaced by right; removed / added: on one side only. */
  kind: 'same' | 'changed' | 'removed' | 'added';
}

const lines = (value: string) => value.replace(/\n$/, '').split('\n');

/** Two Markdown texts as aligned rows, older on the left, changes marked, for a side-by-side view. */
export function sideBySide(older: string, newer: string): DiffRow[] {
  const rows: DiffRow[] = [];
  const parts = diffLines(older, newer);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part.added && !part.removed) {
      rows.push(...lines(part.value).map((line) => ({ left: line, right: line, kind: 'same' as const })));
    } else if (part.removed && parts[index + 1]?.added) {
      const removed = lines(part.value);
      const added = lines(parts[index + 1].value);
      for (let line = 0; line < Math.max(removed.length, added.length); line++) {
        const left = removed[line];
        const right = added[line];
        rows.push({ left, right, kind: left === undefined ? 'added' : right === undefined ? 'removed' : 'changed' });
      }
      index++;
    } else if (part.removed) {
      rows.push(...lines(part.value).map((line) => ({ left: line, kind: 'removed' as const })));
    } else {
      rows.push(...lines(part.value).map((line) => ({ right: line, kind: 'added' as const })));
    }
  }
  return rows;
}
