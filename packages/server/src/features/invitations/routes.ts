import type { TandemApp } from '../../http/app.ts';
import { ProblemResponse } from '../../http/schemas.ts';
import { setSessionCookie } from '../../http/scope.ts';
import { AcceptedInvitation, AcceptInvitationBody, InvitationPreview, TokenParams } from './schemas.ts';
import * as invitations from './service.ts';

const tags = ['invitations'];

export function invitationRoutes(app: TandemApp) {
  app.get(
    '/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for (public: the token is the key)',
        security: [],
        params: TokenParams,
        response: { 200: InvitationPreview, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => {
      const preview = await app.inScope(request, (scope) => invitations.previewInvitation(scope, request.params.token));
      return { ...preview, expiresAt: preview.expiresAt.toISOString() };
    },
  );

  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags,
        summary:
          "Accept an invitation: creates the client's (or the coach's) account and signs them in. A coach invited back (`returning` in the preview) signs in with their own password instead, and `code` when two-factor sign-in is on (401 second_factor_required without it)",
        security: [],
        params: TokenParams,
        body: AcceptInvitationBody,
        response: {
          201: AcceptedInvitation,
          400: ProblemResponse,
          401: ProblemResponse,
          404: ProblemResponse,
          409: ProblemResponse,
          410: ProblemResponse,
          429: ProblemResponse,
        },
      },
    },
    async (request, reply) => {
      const outcome = await app.inScope(request, (scope) => invitations.acceptInvitation(scope, request.params.token, request.body));
      if (!outcome.ok) throw outcome.error;
      const { accepted } = outcome;
      setSessionCookie(reply, request, accepted.token, accepted.expiresAt);
      return reply.code(201).send({ ...accepted.me, engagementId: accepted.engagementId });
    },
  );
}
