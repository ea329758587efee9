/**
 * Whether a cached unfurl (`['unfurl', urls]`, see link-cards.tsx) holds a card of the object at
 * `link` (a web client path such as `/tasks/<id>`), so a `card.changed` stream entry refetches just
 * those cards. A URL that does not parse holds no card.
 */
export function unfurlShows(queryKey: readonly unknown[], link: string): boolean {
  if (queryKey[0] !== 'unfurl' || !Array.isArray(queryKey[1])) return false;
  return queryKey[1].some((url) => {
    if (typeof url !== 'string') return false;
    try {
      return new URL(url).pathname.replace(/\/$/, '') === link.replace(/\/$/, '');
    } catch {
      return false;
    }
  });
}
