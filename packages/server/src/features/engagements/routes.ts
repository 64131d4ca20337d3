import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import {
  EngagementList,
  EngagementListQuery,
  Engagement,
  HandOverBody,
  InviteClientBody,
  InvitedEngagement,
  presentEngagement,
  presentInvitedEngagement,
  presentListedEngagement,
  ReinviteClientBody,
} from './schemas.ts';
import * as engagements from './service.ts';

const tags = ['engagements'];

export function engagementRoutes(app: TandemApp) {
  app.get(
    '/engagements',
    {
      schema: {
        tags,
        summary: "The engagements I take part in (a practice's owner: all of the practice's), filtered, a page at a time (100 when no limit is given)",
        querystring: EngagementListQuery,
        response: { 200: EngagementList, ...problemResponses },
      },
    },
    async (request) => {
      const { q, ...filter } = request.query;
      const page = await app.inScope(request, (scope) => engagements.pageOfEngagements(scope, { ...filter, search: q }));
      return { items: page.rows.map(presentListedEngagement), total: page.total };
    },
  );

  app.post(
    '/engagements',
    {
      schema: {
        tags,
        summary: 'Invite a client: creates the engagement and a single-use invitation link, emailed to the client with `sendEmail`',
        body: InviteClientBody,
        response: { 201: InvitedEngagement, ...problemResponses },
      },
    },
    async (request, reply) => {
      const invited = await app.inScope(request, (scope) => engagements.inviteClient(scope, request.body));
      if (invited.invitationEmail) app.emails.nudge();
      return reply.code(201).send(presentInvitedEngagement(invited));
    },
  );

  app.get(
    '/engagements/:id',
    { schema: { tags, summary: 'One engagement', params: IdParams, response: { 200: Engagement, ...problemResponses } } },
    async (request) => {
      const { engagement } = await app.inScope(request, (scope) => engagements.getEngagement(scope, request.params.id));
      return presentEngagement(engagement);
    },
  );

  app.patch(
    '/engagements/:id',
    {
      schema: {
        tags,
        summary: "Hand the engagement over to another coach of the practice (owner only); the former coach's private notes are shown to nobody",
        params: IdParams,
        body: HandOverBody,
        response: { 200: Engagement, ...problemResponses },
      },
    },
    async (request) => {
      const handed = presentEngagement(await app.inScope(request, (scope) => engagements.handOver(scope, request.params.id, request.body)));
      app.emails.nudge(); // the client and the new coach are told by email
      return handed;
    },
  );

  app.post(
    '/engagements/:id/invitations',
    {
      schema: {
        tags,
        summary: 'A fresh invitation link for a client who has not joined yet (earlier links stop working), emailed to the client with `sendEmail`',
        params: IdParams,
        body: ReinviteClientBody,
        response: { 201: InvitedEngagement, ...problemResponses },
      },
    },
    async (request, reply) => {
      const invited = await app.inScope(request, (scope) => engagements.reinviteClient(scope, request.params.id, request.body));
      if (invited.invitationEmail) app.emails.nudge();
      return reply.code(201).send(presentInvitedEngagement(invited));
    },
  );
}
