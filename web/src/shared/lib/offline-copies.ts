/**
 * The pages a person opened are kept in this browser (y-indexeddb, one database per person and
 * page) so edits survive going offline. Someone else may use the browser next, so signing out
 * deletes them all.
 */
const PREFIX = 'atrium-page:';

export const offlineCopyName = (personId: string, pageId: string) => `${PREFIX}${personId}:${pageId}`;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // "blocked" means a tab still has it open; the deletion then completes when that tab closes it
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Deletes every page's offline copy in this browser, whoever's it was. */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(databases.flatMap(({ name }) => (name?.startsWith(PREFIX) ? [deleteDatabase(name)] : [])));
}
