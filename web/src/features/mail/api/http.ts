import { ApiProblem, NETWORK_ERROR, problemFromResponse } from '../../../shared/api/problem';

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

/** One call under `/api/v1/mail`: JSON in and out, CSRF on writes, failures thrown as ApiProblem. */
export async function mailCall<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  json?: unknown,
  query?: Record<string, string>,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const token = readCookie('XSRF-TOKEN');
  if (method !== 'GET' && token) headers['X-XSRF-TOKEN'] = token;
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/v1/mail${path}${search}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch {
    throw new ApiProblem({ status: 0, code: NETWORK_ERROR });
  }
  if (!response.ok) throw await problemFromResponse(response);
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
