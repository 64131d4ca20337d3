import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { Cascade, GoalProgressResponse, presentCascadeNode, presentGoalProgress } from './schemas.ts';
import * as progress from './service.ts';

const tags = ['progress'];

export function progressRoutes(app: TandemApp) {
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
    (request) =>
      app.inScope(request, (scope) =>
        progress.keptCascade(scope, request.params.id, (roots, asOf) => ({
          engagementId: request.params.id,
          asOf,
          roots: roots.map(presentCascadeNode),
        })),
      ),
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
    (request) => app.inScope(request, (scope) => progress.keptGoalProgress(scope, request.params.id, presentGoalProgress)),
  );
}
