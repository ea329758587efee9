/** What a key does in the mail screen, as Gmail and Outlook's web clients taught people. */
export type MailCommand =
  'next' | 'previous' | 'reply' | 'replyAll' | 'forward' | 'archive' | 'trash' | 'compose' | 'search' | 'star';

const KEYS: Record<string, MailCommand> = {
  j: 'next',
  k: 'previous',
  r: 'reply',
  a: 'replyAll',
  f: 'forward',
  e: 'archive',
  '#': 'trash',
  c: 'compose',
  '/': 'search',
  s: 'star',
};

/** The command a key press means, or null: typing in a field, or with a modifier, is never a command. */
export function commandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): MailCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable)) return null;
  return KEYS[event.key] ?? null;
}
