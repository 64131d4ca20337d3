import createClient from 'openapi-fetch';
import type { paths } from '@tandem/contract';

/** The one way the web app talks to the API: typed by the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/** A field the server refused: `code` says why; `min` and `max` name the range a value had to lie in (`outside_scale`). */
export type FieldProblem = { path: string; message: string; code?: string; min?: number; max?: number };

/**
 * An application/problem+json answer (RFC 9457) as an error the UI can translate: `code` is the
 * server's stable error id, `errors` names each bad field. Network failures get the code
 * `network_error` and status 0.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;

  constructor(init: { status: number; code: string; detail?: string; errors?: FieldProblem[]; retryAfterSeconds?: number }) {
    super(init.detail ?? init.code);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/**
 * Answers that the same request would get again, however often it is sent: who is asking (401),
 * what they may not do (403), what does not exist for them (404) or no longer does (410).
 */
const FINAL_STATUSES = new Set([401, 403, 404, 410]);

/** Whether sending the request again could help: not after an answer about who may do what, or what exists. */
export function canRetry(error: unknown): boolean {
  return !(error instanceof ApiProblem && FINAL_STATUSES.has(error.status));
}

/**
 * Whether the server turned the request down for what was asked (4xx: a field to correct, a wrong
 * password, a change made meanwhile, a link no longer valid) rather than failing itself (5xx) or
 * not being reached at all (the network, status 0).
 */
export function isClientProblem(error: unknown): boolean {
  return error instanceof ApiProblem && error.status >= 400 && error.status < 500;
}

/**
 * What heads a failed request's message: what to check (a field, a password, a change made
 * meanwhile), something not found or not the reader's to do, too many tries in a short time, or a
 * failure of the server or the network.
 */
export type ProblemHeading = 'check' | 'not_found' | 'forbidden' | 'too_many' | 'failure';

export function problemHeading(error: unknown): ProblemHeading {
  if (!isClientProblem(error) || !(error instanceof ApiProblem)) return 'failure';
  if (error.status === 404 || error.status === 410) return 'not_found';
  if (error.status === 403) return 'forbidden';
  return error.status === 429 ? 'too_many' : 'check';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!isRecord(item) || typeof item.path !== 'string') return [];
    const problem: FieldProblem = { path: item.path, message: typeof item.message === 'string' ? item.message : '' };
    if (typeof item.code === 'string') problem.code = item.code;
    if (typeof item.min === 'number') problem.min = item.min;
    if (typeof item.max === 'number') problem.max = item.max;
    return [problem];
  });
}

function readRetryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Turns whatever a failed response carried into an ApiProblem. */
export function toApiProblem(body: unknown, response: Response): ApiProblem {
  const retryAfterSeconds = readRetryAfter(response);
  const base = { status: response.status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
  if (isRecord(body) && typeof body.code === 'string') {
    return new ApiProblem({
      ...base,
      code: body.code,
      detail: typeof body.detail === 'string' ? body.detail : body.code,
      errors: readFieldProblems(body.errors),
    });
  }
  const code = response.status === 401 ? 'unauthenticated' : response.status === 404 ? 'not_found' : 'internal_error';
  return new ApiProblem({ ...base, code });
}

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiProblem: so that TanStack
 * Query sees failures as errors and every screen translates them the same way.
 */
export async function unwrap<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await pending;
  } catch (cause) {
    throw new ApiProblem({ status: 0, code: 'network_error', detail: cause instanceof Error ? cause.message : String(cause) });
  }
  if (!result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data as T;
}

export function isProblem(error: unknown, ...codes: string[]): error is ApiProblem {
  return error instanceof ApiProblem && (codes.length === 0 || codes.includes(error.code));
}
