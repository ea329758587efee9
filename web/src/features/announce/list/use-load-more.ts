import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `loadMore` whenever the returned element scrolls into view (and again after each page if it
 * is still in view), so a list grows as one scrolls; `active` stops it while nothing more is there.
 */
export function useLoadMore(active: boolean, loadMore: () => void): RefObject<HTMLDivElement | null> {
  const sentinel = useRef<HTMLDivElement | null>(null);
  const latest = useRef(loadMore);
  useEffect(() => {
    latest.current = loadMore;
  }, [loadMore]);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !active || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [active]);
  return sentinel;
}
