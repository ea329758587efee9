import { useSyncExternalStore } from 'react';

/** A screen driven by fingers: no hover, no keyboard shortcuts to hint at, long press for actions. */
const TOUCH = '(hover: none), (pointer: coarse)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(TOUCH);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export function useTouchScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(TOUCH).matches);
}
