import type { CompositionEvent } from 'react';

/**
 * antd's Mentions looks up the text after "@" on key-up only, and an input method's commit
 * (compositionend) comes with no key-up: "@李" typed in Chinese still listed what "@" alone
 * found. This runs that look-up again as a key-up would, once the committed text is in the box.
 */
export function lookUpMentionAfterComposition(event: CompositionEvent<HTMLTextAreaElement>): void {
  const box = event.currentTarget;
  // once antd has taken in the composition's own change
  queueMicrotask(() => box.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true })));
}
