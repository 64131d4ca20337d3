import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { answerWriter, sendKept } from '../../http/serializer.ts';
import { Cascade, GoalProgressResponse, presentCascadeNode, presentGoalProgress } from './schemas.ts';
import * as progress from './service.ts';

const tags = ['progress'];

export function progressRoutes(app: TandemApp) {
  // Written once and kept: a look at what has not changed sends the kept answer, gzipped as it was
  // kept (decisions 018, 021, 028).
  const writeCascade = answerWriter(Cascade, 'GET', '/api/v1/engagements/:id/cascade');
  const writeProgress = answerWriter(GoalProgressResponse, 'GET', '/api/v1/goals/:id/progress');
  app.get(
    '/engagements/:id/cascade',
    {
      schema: {
        tags,
        summary: 'The goals as a tree (vision → year → quarter → month) with progress, expected progress and risk',
        params: IdParams,
        response: { 200: Cascade, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        progress.keptCascade(scope, request.params.id, (roots, asOf) =>
          writeCascade({ engagementId: request.params.id, asOf, roots: roots.map(presentCascadeNode) }),
        ),
      );
      return sendKept(reply, answer);
    },
  );

  app.get(
    '/goals/:id/progress',
    {
      schema: {
        tags,
        summary: "A goal's progress: each metric's values against the plan line, roll-up, status and reasons",
        params: IdParams,
        response: { 200: GoalProgressResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        progress.keptGoalProgress(scope, request.params.id, (read, asOf) => writeProgress(presentGoalProgress(read, asOf))),
      );
      return sendKept(reply, answer);
    },
  );
}
