import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetOfflineCopies, offlineCopyName } from './offline-copies';

function open(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('offline copies of pages', () => {
  it('are all deleted, and nothing else is', async () => {
    await open(offlineCopyName('p1', 'page-a'));
    await open(offlineCopyName('p2', 'page-b'));
    await open('something-else');

    await forgetOfflineCopies();

    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).toEqual(['something-else']);
  });
});
