import type { components } from './schema';

/** One invalid field of a `validation.failed` problem. */
export type FieldError = components['schemas']['FieldError'];

/** An RFC 9457 problem answered by the server, or a transport failure dressed as one. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly retryAfterSeconds?: number;
  /** The whole problem body, for problems that carry more members than the standard ones. */
  readonly body: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    detail?: string;
    errors?: FieldError[];
    retryAfterSeconds?: number;
    body?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.code);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body ?? {};
  }
}

export const NETWORK_ERROR = 'client.network';
export const UNEXPECTED_ERROR = 'client.unexpected';

interface ProblemBody extends Record<string, unknown> {
  code?: unknown;
  detail?: unknown;
  errors?: unknown;
  retryAfterSeconds?: unknown;
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'field' in value && 'code' in value;
}

/** Builds an ApiProblem from a failed response, whatever its body. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = {};
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    body = await response
      .clone()
      .json()
      .catch(() => ({}));
  }
  const header = Number(response.headers.get('retry-after'));
  return problemFromBody(response.status, body, Number.isFinite(header) && header > 0 ? header : undefined);
}

/** Builds an ApiProblem from a status and a problem document: an HTTP answer's, or a socket request's ack. */
export function problemFromBody(status: number, document: unknown, retryAfterHeader?: number): ApiProblem {
  const body = (typeof document === 'object' && document !== null ? document : {}) as ProblemBody;
  return new ApiProblem({
    status,
    code: typeof body.code === 'string' ? body.code : UNEXPECTED_ERROR,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [],
    retryAfterSeconds: typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : retryAfterHeader,
    body,
  });
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}
