const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;
/** A Markdown link to a path of this site, as other modules post them (`[title](/announcements/…)`). */
const SITE_LINK_PATTERN = /\]\((\/[^\s<>"')]+)\)/g;

/** The most links of one text sent to be unfurled. */
export const MAX_UNFURLS = 5;

/**
 * The address of a link if it points into this Atrium (same origin, or a path of this site), else
 * null. Which paths are objects worth a card is the server's to say (each module's `LinkPreviews`).
 */
export function siteLink(href: string, origin: string): string | null {
  // punctuation after a link ends the sentence, not the link
  const trimmed = href.replace(/[.,;:!?，。；：！？、]+$/u, '');
  try {
    const url = new URL(trimmed, origin);
    if (url.origin !== origin || url.pathname === '/' || url.pathname.startsWith('/api/')) return null;
    return url.origin + url.pathname;
  } catch {
    return null;
  }
}

/** Links in a text that point into this Atrium, each once, at most {@link MAX_UNFURLS}. */
export function siteLinks(text: string, origin: string): string[] {
  const found = new Set<string>();
  const sitePaths = [...text.matchAll(SITE_LINK_PATTERN)].map((m) => origin + m[1]);
  for (const raw of [...(text.match(URL_PATTERN) ?? []), ...sitePaths]) {
    const link = siteLink(raw, origin);
    if (link) found.add(link);
  }
  return [...found].slice(0, MAX_UNFURLS);
}
