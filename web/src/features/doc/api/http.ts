import { ApiProblem, NETWORK_ERROR, problemFromResponse } from '../../../shared/api/problem';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

/**
 * One call to the doc module's REST API with the session cookie and CSRF header; a failure is
 * thrown as an ApiProblem, a 204 answers undefined.
 */
export async function docCall<T>(method: string, path: string, payload?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const token = readCookie('XSRF-TOKEN');
  if (UNSAFE.has(method) && token) headers['X-XSRF-TOKEN'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
  } catch {
    throw new ApiProblem({ status: 0, code: NETWORK_ERROR });
  }
  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  return (await response.json()) as T;
}
