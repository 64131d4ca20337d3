import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Scope } from '../context.ts';
import { runInScope, type ScopeDeps } from '../run-scope.ts';

export const SESSION_COOKIE = 'tandem_session';

export type RunInScope = <T>(request: FastifyRequest, work: (scope: Scope) => Promise<T>) => Promise<T>;

/** The secret a request carries: a bearer token (CLI) or the session cookie (browser). */
export function credentialOf(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;
  return request.cookies[SESSION_COOKIE] || undefined;
}

export function publicUrlOf(deps: { publicUrl: string | undefined }, request: FastifyRequest): string {
  return deps.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** Runs a request's work as the holder of the credential it carries (see run-scope.ts). */
export function createScopeRunner(deps: ScopeDeps & { publicUrl: string | undefined }): RunInScope {
  return (request, work) => runInScope(deps, { token: credentialOf(request), publicUrl: publicUrlOf(deps, request) }, work);
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}
