import { useEffect } from 'react';

const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How the search shortcut is written on this device. */
export const SEARCH_SHORTCUT = APPLE ? '⌘K' : 'Ctrl+K';

/** Ctrl+K (⌘K on Apple devices) anywhere, even while typing in a field, opens search. */
export function useSearchShortcut(onOpen: () => void) {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (
        (APPLE ? event.metaKey : event.ctrlKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'k'
      ) {
        // the browser's own Ctrl+K focuses its address bar search
        event.preventDefault();
        onOpen();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [onOpen]);
}
