import { diffLines } from 'diff';

/** One line of a change between two versions' text; `skipped` stands for unchanged lines folded away. */
export type ChangeLine = { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'skipped'; count: number };

/** Unchanged lines kept on each side of a change, so a one-word correction reads in its paragraph. */
const CONTEXT = 2;

const lines = (value: string) => value.replace(/\n$/, '').split('\n');
// a last line without its newline would otherwise differ from the same line followed by another
const terminated = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * The lines an edit changed, older to newer, as one column (it has to fit a phone): removed and
 * added lines with a little unchanged context, longer unchanged runs folded into a count.
 */
export function changedLines(older: string, newer: string): ChangeLine[] {
  const all: { kind: 'same' | 'added' | 'removed'; text: string }[] = diffLines(
    terminated(older),
    terminated(newer),
  ).flatMap((part) =>
    lines(part.value).map(
      (text) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text }) as const,
    ),
  );
  const near = all.map((line) => line.kind !== 'same');
  const keep = all.map((_, index) => {
    for (let other = index - CONTEXT; other <= index + CONTEXT; other++) {
      if (near[other]) return true;
    }
    return false;
  });
  const result: ChangeLine[] = [];
  all.forEach((line, index) => {
    if (keep[index]) {
      result.push(line);
      return;
    }
    const last = result[result.length - 1];
    if (last?.kind === 'skipped') last.count++;
    else result.push({ kind: 'skipped', count: 1 });
  });
  return result;
}
