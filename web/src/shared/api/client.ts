import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, NETWORK_ERROR, problemFromResponse } from './problem';
import type { paths } from './schema';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type ProblemListener = (problem: ApiProblem) => void;
const listeners = new Set<ProblemListener>();

/** Lets the shell react to problems any call may meet (an expired session, a forced step). */
export function onApiProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

const csrfAndProblems: Middleware = {
  onRequest({ request }) {
    const token = readCookie('XSRF-TOKEN');
    if (UNSAFE.has(request.method) && token) {
      request.headers.set('X-XSRF-TOKEN', token);
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) {
      return response;
    }
    const problem = await problemFromResponse(response);
    listeners.forEach((listener) => listener(problem));
    throw problem;
  },
  onError({ error }) {
    if (error instanceof ApiProblem) {
      return error;
    }
    return new ApiProblem({ status: 0, code: NETWORK_ERROR });
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrfAndProblems);

/** Returns the body of a successful call; failures were already thrown as ApiProblem. */
export async function body<T>(call: Promise<{ data?: T }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

/** Makes sure the XSRF-TOKEN cookie exists before the first unsafe request. */
export async function primeCsrf(): Promise<void> {
  // A plain fetch: the spec lists the server's CsrfToken argument as a query parameter, which it is not.
  await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' }).catch(() => undefined);
}
