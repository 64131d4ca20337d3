import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { Metric, MetricList, NewMetricBody, presentMetric } from './schemas.ts';
import * as metrics from './service.ts';

const tags = ['progress'];

export function metricRoutes(app: TandemApp) {
  app.get(
    '/goals/:id/metrics',
    { schema: { tags, summary: "A goal's metrics and scorecard items", params: IdParams, response: { 200: MetricList, ...problemResponses } } },
    async (request) => ({ items: (await app.inScope(request, (scope) => metrics.listMetrics(scope, request.params.id))).map(presentMetric) }),
  );

  app.post(
    '/goals/:id/metrics',
    {
      schema: {
        tags,
        summary: 'Give a goal a metric: baseline with its date, then the target',
        params: IdParams,
        body: NewMetricBody,
        response: { 201: Metric, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentMetric(await app.inScope(request, (scope) => metrics.addMetric(scope, request.params.id, request.body)))),
  );
}
