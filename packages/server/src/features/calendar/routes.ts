import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { ProblemResponse, problemResponses, Timestamp } from '../../http/schemas.ts';
import * as calendar from './service.ts';

const tags = ['calendar'];

const FeedStatus = z.object({
  active: z.boolean().describe('Whether a private calendar address is live'),
  createdAt: Timestamp.nullable(),
});
const OpenedFeed = z.object({
  url: z.string().describe('The private iCalendar address, shown this once: subscribe to it in a calendar app'),
  createdAt: Timestamp,
});
const FeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/).describe('The token from the address, with .ics') });

export function calendarRoutes(app: TandemApp) {
  app.get(
    '/me/calendar-feed',
    { schema: { tags, summary: 'Whether the reader has a live private calendar address', response: { 200: FeedStatus, ...problemResponses } } },
    async (request) => {
      const status = await app.inScope(request, (scope) => calendar.feedStatus(scope));
      return { active: status.active, createdAt: status.createdAt?.toISOString() ?? null };
    },
  );

  app.post(
    '/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'A new private iCalendar address of the reader’s sessions (the old one stops working)',
        response: { 201: OpenedFeed, ...problemResponses },
      },
    },
    async (request, reply) => {
      const opened = await app.inScope(request, (scope) => calendar.openFeed(scope));
      return reply.code(201).send({ url: opened.url, createdAt: opened.createdAt.toISOString() });
    },
  );

  app.delete(
    '/me/calendar-feed',
    { schema: { tags, summary: 'Retire the private calendar address', response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await app.inScope(request, (scope) => calendar.revokeFeed(scope));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/calendar/:token',
    {
      schema: {
        tags,
        summary: 'The sessions as iCalendar (public: the token is the key; a retired one is 404)',
        security: [],
        params: FeedParams,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('text/calendar'), 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request, reply) => {
      const token = request.params.token.replace(/\.ics$/, '');
      const body = await app.inScope(request, (scope) => calendar.renderFeed(scope, token));
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
    },
  );
}
