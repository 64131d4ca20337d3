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
        summary: "Accept an invitation: creates the client's (or the coach's) account and signs them in",
        security: [],
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 201: AcceptedInvitation, 400: ProblemResponse, 404: ProblemResponse, 409: ProblemResponse, 410: ProblemResponse },
      },
    },
    async (request, reply) => {
      const accepted = await app.inScope(request, (scope) =>
        invitations.acceptInvitation(scope, request.params.token, request.body),
      );
      setSessionCookie(reply, request, accepted.token, accepted.expiresAt);
      return reply.code(201).send({ ...accepted.me, engagementId: accepted.engagementId });
    },
  );
}
