import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { NewValueBody, presentValue, Value, ValueChangesBody, ValueList, ValueListQuery, ValueParams } from './schemas.ts';
import * as values from './service.ts';

const tags = ['values'];

export function valueRoutes(app: TandemApp) {
  app.get(
    '/engagements/:id/values',
    {
      schema: {
        tags,
        summary: "The client's values and aspirations",
        params: IdParams,
        querystring: ValueListQuery,
        response: { 200: ValueList, ...problemResponses },
      },
    },
    async (request) => {
      const includeArchived = request.query.includeArchived === 'true';
      const rows = await app.inScope(request, (scope) => values.listValues(scope, request.params.id, { includeArchived }));
      return { items: rows.map(presentValue) };
    },
  );

  app.post(
    '/engagements/:id/values',
    {
      schema: {
        tags,
        summary: 'Record a value or an aspiration (the client)',
        params: IdParams,
        body: NewValueBody,
        response: { 201: Value, ...problemResponses },
      },
    },
    async (request, reply) => {
      const row = await app.inScope(request, (scope) => values.addValue(scope, request.params.id, request.body));
      return reply.code(201).send(presentValue(row));
    },
  );

  app.patch(
    '/engagements/:id/values/:valueId',
    {
      schema: {
        tags,
        summary: 'Edit, archive or restore a value (the client)',
        params: ValueParams,
        body: ValueChangesBody,
        response: { 200: Value, ...problemResponses },
      },
    },
    async (request) => {
      const { id, valueId } = request.params;
      return presentValue(await app.inScope(request, (scope) => values.changeValue(scope, id, valueId, request.body)));
    },
  );

  app.post(
    '/engagements/:id/values/:valueId/archive',
    {
      schema: {
        tags,
        summary: 'Archive a value (the client); it stays in the record',
        params: ValueParams,
        response: { 200: Value, ...problemResponses },
      },
    },
    async (request) => {
      const { id, valueId } = request.params;
      return presentValue(await app.inScope(request, (scope) => values.changeValue(scope, id, valueId, { archived: true })));
    },
  );
}
