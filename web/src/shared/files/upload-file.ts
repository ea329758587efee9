import { ApiProblem, NETWORK_ERROR, problemFromResponse } from '../api/problem';
import type { components } from '../api/schema';

export type StoredFile = components['schemas']['StoredFile'];

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

/**
 * Uploads one file as the request body (the server streams it to disk), reporting progress from 0
 * to 1. XHR rather than fetch: fetch cannot report upload progress. Rejects with an ApiProblem,
 * or an `AbortError` DOMException when `signal` aborts.
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/files?name=${encodeURIComponent(file.name || 'file')}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = readCookie('XSRF-TOKEN');
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        void response.json().then((stored: StoredFile) => resolve(stored), reject);
      } else {
        void problemFromResponse(response).then(reject);
      }
    };
    xhr.onerror = () => reject(new ApiProblem({ status: 0, code: NETWORK_ERROR }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Where a file's bytes and thumbnail are served; `download` forces a download even for images. */
export function fileUrl(id: string, options: { download?: boolean; thumbnail?: boolean } = {}): string {
  if (options.thumbnail) return `/api/v1/files/${id}/thumbnail`;
  return options.download ? `/api/v1/files/${id}?download=true` : `/api/v1/files/${id}`;
}
