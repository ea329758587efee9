const GIVE_UP_MS = 10_000;

/**
 * Scrolls the element with this id into view once the page that was just opened renders it (a
 * page's comments load after the page itself). Gives up quietly after a while: the page is open
 * either way.
 */
export function revealAnchor(id: string) {
  const show = () => {
    const target = document.getElementById(id);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  };
  if (show()) return;
  const observer = new MutationObserver(() => {
    if (show()) stop();
  });
  const timer = setTimeout(() => stop(), GIVE_UP_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
