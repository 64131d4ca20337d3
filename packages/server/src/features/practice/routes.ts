import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { CoachInvitationList, CoachList, InviteCoachBody, InvitedCoach, presentCoach, presentCoachInvitation } from './schemas.ts';
import * as practice from './service.ts';

const tags = ['practice'];

export function practiceRoutes(app: TandemApp) {
  app.get(
    '/practice/coaches',
    {
      schema: {
        tags,
        summary: "The practice's coaches, each with how many engagements they hold in each status: owner only",
        response: { 200: CoachList, ...problemResponses },
      },
    },
    async (request) => {
      const coaches = await app.inScope(request, (scope) => practice.listCoaches(scope));
      return { items: coaches.map(presentCoach) };
    },
  );

  app.get(
    '/practice/coach-invitations',
    {
      schema: {
        tags,
        summary: "The practice's open invitations for coaches: owner only",
        response: { 200: CoachInvitationList, ...problemResponses },
      },
    },
    async (request) => {
      const invitations = await app.inScope(request, (scope) => practice.listCoachInvitations(scope));
      return { items: invitations.map(presentCoachInvitation) };
    },
  );

  app.post(
    '/practice/coach-invitations',
    {
      schema: {
        tags,
        summary:
          'Invite a coach into the practice: a single-use link that replaces any open one to the same address, emailed to the coach with `sendEmail` (owner only)',
        body: InviteCoachBody,
        response: { 201: InvitedCoach, ...problemResponses },
      },
    },
    async (request, reply) => {
      const invited = await app.inScope(request, (scope) => practice.inviteCoach(scope, request.body));
      if (invited.invitation.invitationEmail) app.emails.nudge();
      return reply.code(201).send({ ...presentCoachInvitation(invited.invitation), inviteUrl: invited.inviteUrl });
    },
  );

  app.delete(
    '/practice/coach-invitations/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw an open invitation for a coach: its link stops working (owner only)',
        params: IdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => practice.withdrawCoachInvitation(scope, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/practice/coaches/:id',
    {
      schema: {
        tags,
        summary:
          'Remove a coach from the practice once no engagement is theirs (hand them over first): their sessions and tokens in it end (owner only)',
        params: IdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => practice.removeCoach(scope, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
