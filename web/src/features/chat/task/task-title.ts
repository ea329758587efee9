/** The longest task title the server takes (`task.title-too-long`). */
export const MAX_TASK_TITLE = 500;

/**
 * A task title proposed from a message's Markdown body: its first line of text, mentions as
 * `@name` (or dropped when the name is unknown), links as their text, emphasis and code marks
 * removed, cut at the server's limit.
 */
export function taskTitleFrom(body: string, nameOf: (personId: string) => string | undefined): string {
  const line =
    body
      .split('\n')
      .map((text) => text.trim())
      .find((text) => text.length > 0 && !text.startsWith('```')) ?? '';
  const plain = line
    .replace(/<@(all|channel|&[0-9a-fA-F-]{36}|[0-9a-fA-F-]{36})>/g, (_, target: string) => {
      if (target === 'all' || target === 'channel') return `@${target}`;
      const name = target.startsWith('&') ? undefined : nameOf(target);
      return name ? `@${name}` : '';
    })
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^(#{1,6}|>|[-*+]|\d+\.)\s+/, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const points = [...plain];
  return points.length <= MAX_TASK_TITLE ? plain : points.slice(0, MAX_TASK_TITLE - 1).join('') + '…';
}
