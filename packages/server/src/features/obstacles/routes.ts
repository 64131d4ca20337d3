import type { TandemApp } from '../../http/app.ts';
import { IdempotencyHeaders, IdParams, problemResponses } from '../../http/schemas.ts';
import { onceForKey } from '../idempotency/service.ts';
import { NewObstacleBody, Obstacle, ObstacleChangesBody, ObstacleList, presentObstacle, ResolveObstacleBody } from './schemas.ts';
import * as obstacles from './service.ts';

const tags = ['obstacles'];

export function obstacleRoutes(app: TandemApp) {
  app.get(
    '/goals/:id/obstacles',
    {
      schema: {
        tags,
        summary: "A goal's obstacle log, open ones first, each with reframing questions in the reader's language",
        params: IdParams,
        response: { 200: ObstacleList, ...problemResponses },
      },
    },
    async (request) => ({ items: (await app.inScope(request, (scope) => obstacles.listObstacles(scope, request.params.id))).map(presentObstacle) }),
  );

  app.post(
    '/goals/:id/obstacles',
    {
      schema: {
        tags,
        summary: 'Log an obstacle to a goal: what, its category, root cause, reframing and contingency plan',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: NewObstacleBody,
        response: { 201: Obstacle, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        onceForKey(scope, { key: request.headers['idempotency-key'], route: request.url, body: request.body, status: 201 }, async () =>
          presentObstacle(await obstacles.logObstacle(scope, request.params.id, request.body)),
        ),
      );
      return reply.code(201).header('Idempotent-Replayed', String(answer.replayed)).send(answer.body);
    },
  );

  app.patch(
    '/obstacles/:id',
    {
      schema: {
        tags,
        summary: 'Edit an obstacle; a stale `version` is refused with 409',
        params: IdParams,
        body: ObstacleChangesBody,
        response: { 200: Obstacle, ...problemResponses },
      },
    },
    async (request) => presentObstacle(await app.inScope(request, (scope) => obstacles.changeObstacle(scope, request.params.id, request.body))),
  );

  app.post(
    '/obstacles/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Mark an obstacle resolved, saying how',
        params: IdParams,
        body: ResolveObstacleBody,
        response: { 200: Obstacle, ...problemResponses },
      },
    },
    async (request) => presentObstacle(await app.inScope(request, (scope) => obstacles.resolveObstacle(scope, request.params.id, request.body))),
  );
}
