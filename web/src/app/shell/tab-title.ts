import { useEffect } from 'react';
import { useChatAttention } from '../../features/chat';
import { useUnreadNotifications } from '../../features/notify';

const COUNT = /^\(\d+\+?\) /;

/** A tab's title with how much waits for me in front, "(3) Atrium"; the title's own part is kept. */
export function titleWithCount(title: string, count: number): string {
  const own = title.replace(COUNT, '');
  return count > 0 ? `(${count > 99 ? '99+' : count}) ${own}` : own;
}

/**
 * The tab's title counts my unread notifications and what in chat asks for me, live, so a hidden
 * tab shows it, and drops the count once everything is read.
 */
export function useAttentionTitle() {
  const count = useUnreadNotifications() + useChatAttention();
  useEffect(() => {
    const apply = () => {
      const next = titleWithCount(document.title, count);
      if (next !== document.title) document.title = next;
    };
    apply();
    // a screen that names the tab itself gets the count in front of its name too
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = titleWithCount(document.title, 0);
    };
  }, [count]);
}
