import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { onceForKey } from '../idempotency/service.ts';
import { CheckIn, CheckInList, CheckInListQuery, NewCheckInBody, presentCheckIn } from './schemas.ts';
import * as checkIns from './service.ts';

const tags = ['progress'];
const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().describe('A retried POST with the same key returns the first answer and creates nothing twice'),
});

export function checkInRoutes(app: TandemApp) {
  app.get(
    '/goals/:id/check-ins',
    {
      schema: {
        tags,
        summary: "A goal's check-ins, by the date they speak for: all of them, or a page at a time from the latest back",
        params: IdParams,
        querystring: CheckInListQuery,
        response: { 200: CheckInList, ...problemResponses },
      },
    },
    async (request) => {
      const page = await app.inScope(request, (scope) => checkIns.pageOfCheckIns(scope, request.params.id, request.query));
      return { items: page.items.map(presentCheckIn), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/goals/:id/check-ins',
    {
      schema: {
        tags,
        summary: 'Record a check-in: metric values, an observation, a self-report, stakeholder feedback or a mindset shift',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: NewCheckInBody,
        response: { 201: CheckIn, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        onceForKey(scope, { key: request.headers['idempotency-key'], route: request.url, body: request.body, status: 201 }, async () =>
          presentCheckIn(await checkIns.recordCheckIn(scope, request.params.id, request.body)),
        ),
      );
      // A replay answers exactly as the first request was answered: 201 with the same check-in.
      return reply.code(201).header('Idempotent-Replayed', String(answer.replayed)).send(answer.body);
    },
  );
}
