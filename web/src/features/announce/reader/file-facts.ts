import { ApiProblem, problemFromResponse } from '../../../shared/api/problem';
import type { Attachment } from '../../../shared/files/attachment-list';
import { fileUrl } from '../../../shared/files/upload-file';

/**
 * A file's name from a `Content-Disposition` header: the RFC 5987 `filename*` (UTF-8, any script)
 * when there is one, else the plain `filename`, which the server writes in ASCII only.
 */
export function nameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: the plain name below still says something
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
}

/**
 * What an attachment is (name, size, type), read from the headers of its download without its
 * bytes: an announcement names its files by id only, and the files API has no other look-up.
 */
export async function fileFacts(id: string): Promise<Attachment> {
  const response = await fetch(fileUrl(id, { download: true }), { method: 'HEAD', credentials: 'same-origin' });
  if (!response.ok) throw await problemFromResponse(response);
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  const name = nameFromDisposition(response.headers.get('content-disposition'));
  if (!name) throw new ApiProblem({ status: response.status, code: 'client.unexpected' });
  return {
    id,
    name,
    contentType,
    size: Number(response.headers.get('content-length') ?? 0),
    hasThumbnail: contentType.startsWith('image/'),
  };
}
