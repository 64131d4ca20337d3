import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { problemResponses, ProblemResponse } from '../../http/schemas.ts';
import { ConfirmTwoFactorBody, DisableTwoFactorBody, RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from './schemas.ts';
import * as twoFactor from './service.ts';

const tags = ['security'];

export function twoFactorRoutes(app: TandemApp) {
  app.get(
    '/me/two-factor',
    { schema: { tags, summary: 'Whether two-factor sign-in is on, and how many recovery codes are left', response: { 200: TwoFactorStatus, 401: ProblemResponse } } },
    (request) => app.inScope(request, (scope) => twoFactor.getTwoFactorStatus(scope)),
  );

  app.post(
    '/me/two-factor/setup',
    {
      schema: {
        tags,
        summary: 'Start setting up an authenticator app: a new secret, its otpauth:// address and a QR code',
        response: { 200: TwoFactorSetup, ...problemResponses },
      },
    },
    (request) => app.inScope(request, (scope) => twoFactor.startTwoFactorSetup(scope)),
  );

  app.post(
    '/me/two-factor/confirm',
    {
      schema: {
        tags,
        summary: 'Turn two-factor sign-in on with a first code; answers the recovery codes, shown once',
        body: ConfirmTwoFactorBody,
        response: { 200: RecoveryCodes, ...problemResponses, 429: ProblemResponse },
      },
    },
    async (request) => {
      const outcome = await app.inScope(request, (scope) => twoFactor.confirmTwoFactor(scope, request.body.code));
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
  );

  app.post(
    '/me/two-factor/disable',
    {
      schema: {
        tags,
        summary: 'Turn two-factor sign-in off, with a current code, a recovery code or the password',
        body: DisableTwoFactorBody,
        response: { 204: z.null(), ...problemResponses, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => twoFactor.disableTwoFactor(scope, request.body));
      if (!outcome.ok) throw outcome.error;
      return reply.code(204).send(null);
    },
  );
}
