import { useSyncExternalStore } from 'react';
import { ApiProblem } from '../../../shared/api/problem';
import { type StoredFile, uploadFile } from '../../../shared/files/upload-file';

/**
 * A file being attached in a conversation's composer: uploading (with progress), uploaded (waiting
 * for the message to be sent), or failed with the server's problem. Like the outbox it is not
 * server state, so it lives here, per channel, and survives switching conversations.
 */
export interface PendingUpload {
  key: string;
  channelId: string;
  name: string;
  size: number;
  /** A local preview of an image, while it has no server thumbnail yet. */
  previewUrl?: string;
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  problem?: ApiProblem;
  stored?: StoredFile;
  controller: AbortController;
}

let uploads: PendingUpload[] = [];
const listeners = new Set<() => void>();

function update(next: PendingUpload[]) {
  uploads = next;
  listeners.forEach((listener) => listener());
}

function patch(key: string, change: Partial<PendingUpload>) {
  update(uploads.map((item) => (item.key === key ? { ...item, ...change } : item)));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUploads(channelId: string): PendingUpload[] {
  const all = useSyncExternalStore(subscribe, () => uploads);
  return all.filter((item) => item.channelId === channelId);
}

/**
 * Starts uploading each file. One over `maxBytes` fails at once with the same problem the server
 * would answer, since a server refusing a large body early may only be seen as a broken connection.
 */
export function addUploads(channelId: string, files: File[], maxBytes: number | undefined): void {
  const added = files.map((file): PendingUpload => {
    const tooLarge = maxBytes !== undefined && file.size > maxBytes;
    return {
      key: crypto.randomUUID(),
      channelId,
      name: file.name || 'file',
      size: file.size,
      previewUrl: file.type.startsWith('image/') && !tooLarge ? URL.createObjectURL(file) : undefined,
      progress: 0,
      status: tooLarge ? 'failed' : 'uploading',
      problem: tooLarge ? new ApiProblem({ status: 413, code: 'files.too-large', body: { maxBytes } }) : undefined,
      controller: new AbortController(),
    };
  });
  update([...uploads, ...added]);
  added.forEach((item, index) => {
    if (item.status !== 'uploading') return;
    uploadFile(files[index], (progress) => patch(item.key, { progress }), item.controller.signal).then(
      (stored) => patch(item.key, { status: 'done', progress: 1, stored }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        patch(item.key, { status: 'failed', problem: error instanceof ApiProblem ? error : undefined });
      },
    );
  });
}

/** Cancels an upload in flight, or removes a finished or failed one from the composer. */
export function removeUpload(key: string): void {
  const item = uploads.find((candidate) => candidate.key === key);
  if (!item) return;
  item.controller.abort();
  if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
  update(uploads.filter((candidate) => candidate.key !== key));
}

/** The uploaded files of a channel's composer, taken out of it for the message being sent. */
export function takeUploaded(channelId: string): StoredFile[] {
  const taken = uploads.filter((item) => item.channelId === channelId && item.status === 'done' && item.stored);
  taken.forEach((item) => item.previewUrl && URL.revokeObjectURL(item.previewUrl));
  update(uploads.filter((item) => !taken.includes(item)));
  return taken.map((item) => item.stored as StoredFile);
}
