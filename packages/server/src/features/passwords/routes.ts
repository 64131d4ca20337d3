import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { problemResponses, ProblemResponse } from '../../http/schemas.ts';
import { ChangePasswordBody, ConfirmPasswordResetBody, PasswordResetBody, PasswordResetPreview, ResetTokenParams } from './schemas.ts';
import * as passwords from './service.ts';

const tags = ['security'];

export function passwordRoutes(app: TandemApp) {
  app.post(
    '/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password; my other sessions end and my API tokens are revoked. The same password again is refused (400 same_password)',
        body: ChangePasswordBody,
        response: { 204: z.null(), ...problemResponses, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => passwords.changePassword(scope, request.body));
      if (!outcome.ok) throw outcome.error;
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'Email me a link to set a new password (202 whether or not the email has an account)',
        security: [],
        body: PasswordResetBody,
        response: { 202: z.null(), 400: ProblemResponse, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => passwords.requestPasswordReset(scope, request.body));
      if (!outcome.ok) throw outcome.error;
      // Sent after the commit and not awaited: the answer takes as long whether an account exists or not.
      const email = outcome.value;
      if (email) app.sendEmailInBackground(email, request.log);
      return reply.code(202).send(null);
    },
  );

  app.get(
    '/auth/password-reset/:token',
    {
      schema: {
        tags,
        summary: "What a reset link is (public: the token is the key): open, used or expired, and its account's language. Looking does not use it",
        security: [],
        params: ResetTokenParams,
        response: { 200: PasswordResetPreview, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    (request) => app.inScope(request, (scope) => passwords.previewPasswordReset(scope, request.params.token)),
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with the link from the email; signs the account out everywhere',
        security: [],
        body: ConfirmPasswordResetBody,
        response: { 204: z.null(), 400: ProblemResponse, 404: ProblemResponse, 410: ProblemResponse },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => passwords.confirmPasswordReset(scope, request.body));
      return reply.code(204).send(null);
    },
  );
}
