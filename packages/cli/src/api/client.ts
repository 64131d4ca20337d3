import createClient, { type Client } from 'openapi-fetch';
import type { CliContext } from '../context.ts';
import { CliError } from '../errors.ts';
import { explainProblem } from './problems.ts';
import type { paths } from '@tandem/contract';

export type TandemApi = Client<paths>;

const TIMEOUT_SECONDS = 15;

/** A client of one Tandem server's API, typed by its OpenAPI document; `token` signs the requests. */
export function createApi(ctx: CliContext, server: string, token?: string): TandemApi {
  return createClient<paths>({
    baseUrl: server,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    fetch: (request) => send(ctx, server, request),
  });
}

/** Sends one request; a server that cannot be reached, or is not Tandem, becomes a one-line CliError. */
async function send(ctx: CliContext, server: string, request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(request, { signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000) });
  } catch (error) {
    throw explainNetworkFailure(ctx, server, error);
  }
  const isJson = /[/+]json\b/.test(response.headers.get('content-type') ?? '');
  if (response.status !== 204 && !isJson) {
    await response.body?.cancel();
    // A proxy in front of Tandem answers 502-504 in HTML when Tandem is down; anything else is not Tandem.
    const isGatewayFailure = response.status >= 502 && response.status <= 504;
    throw new CliError(isGatewayFailure ? ctx.t.api.serverFailed(response.status) : ctx.t.api.notTandem(server, response.status));
  }
  return response;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if ('errors' in error && Array.isArray(error.errors)) return errorCode(error.errors[0]);
  return undefined;
}

function explainNetworkFailure(ctx: CliContext, server: string, error: unknown): CliError {
  const { api } = ctx.t;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new CliError(api.timeout(server, TIMEOUT_SECONDS));
  }
  const cause = error instanceof Error ? error.cause : undefined;
  const code = errorCode(cause) ?? errorCode(error);
  if (code === 'ECONNREFUSED') return new CliError(api.refused(server));
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CliError(api.unknownHost(server));
  const reason = code ?? (cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error));
  return new CliError(api.unreachable(server, reason));
}

/** What openapi-fetch resolves to: the parsed body of a success, or of a failure. */
type ApiOutcome<T> = { data?: T; error?: unknown; response: Response };

/**
 * Waits for a call and hands back its data; a failure becomes a CliError in the reader's
 * language (problem+json: the detail and each refused field).
 */
export async function expectSuccess<T>(ctx: CliContext, server: string, call: Promise<ApiOutcome<T>>): Promise<T | undefined> {
  const outcome = await call;
  if (!outcome.response.ok) throw explainProblem(ctx, server, outcome.response, outcome.error);
  return outcome.data;
}

/** As expectSuccess, for calls whose success always has a body. */
export async function expectData<T>(ctx: CliContext, server: string, call: Promise<ApiOutcome<T>>): Promise<T> {
  const data = await expectSuccess(ctx, server, call);
  if (data === undefined) throw new CliError(ctx.t.api.unexpectedAnswer(204));
  return data;
}
