import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { problemResponses, ProblemResponse } from '../../http/schemas.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/scope.ts';
import { ApiToken, ApiTokenBody, Me, SignedOutEverywhere, SignInBody, SignUpBody, UpdateMeBody } from './schemas.ts';
import * as accounts from './service.ts';
import * as signIn from './sign-in.ts';

const tags = ['accounts'];

export function accountRoutes(app: TandemApp) {
  app.post(
    '/auth/signup',
    {
      schema: {
        tags,
        summary: 'Sign up as a coach: creates your practice and signs you in',
        security: [],
        body: SignUpBody,
        response: { 201: Me, 400: ProblemResponse, 409: ProblemResponse },
      },
    },
    async (request, reply) => {
      const session = await app.inScope(request, (scope) => accounts.signUp(scope, request.body));
      setSessionCookie(reply, request, session.token, session.expiresAt);
      return reply.code(201).send(session.me);
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary:
          'Sign in with email and password (sets a fresh session cookie and ends the one sent, if any). With two-factor sign-in on, a first try without `code` answers 401 second_factor_required',
        security: [],
        body: SignInBody,
        response: { 200: Me, 400: ProblemResponse, 401: ProblemResponse, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => signIn.signIn(scope, request.body));
      if (!outcome.ok) throw outcome.error;
      setSessionCookie(reply, request, outcome.session.token, outcome.session.expiresAt);
      return outcome.session.me;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'Sign out: ends this session or revokes this API token', response: { 204: z.null(), 401: ProblemResponse } } },
    async (request, reply) => {
      await app.inScope(request, (scope) => signIn.signOut(scope));
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout-everywhere',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere: ends all my browser sessions and revokes all my API tokens, this one included',
        response: { 200: SignedOutEverywhere, 401: ProblemResponse },
      },
    },
    async (request, reply) => {
      const ended = await app.inScope(request, (scope) => signIn.signOutEverywhere(scope));
      clearSessionCookie(reply, request);
      return ended;
    },
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token for the command-line tool (with `code` when two-factor sign-in is on)',
        security: [],
        body: ApiTokenBody,
        response: { 201: ApiToken, 400: ProblemResponse, 401: ProblemResponse, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => signIn.issueApiToken(scope, request.body));
      if (!outcome.ok) throw outcome.error;
      return reply.code(201).send({ ...outcome.token, createdAt: outcome.token.createdAt.toISOString() });
    },
  );

  app.get(
    '/me',
    { schema: { tags, summary: 'Who I am: user, practice, role, locale and time zone', response: { 200: Me, 401: ProblemResponse } } },
    (request) => app.inScope(request, (scope) => accounts.getMe(scope)),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change my name, language or time zone',
        body: UpdateMeBody,
        response: { 200: Me, ...problemResponses },
      },
    },
    (request) => app.inScope(request, (scope) => accounts.updateMe(scope, request.body)),
  );
}
