import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { problemResponses } from '../../http/schemas.ts';
import { AcknowledgementBody, InboxQuery, InboxResponse, presentInbox } from './schemas.ts';
import * as inbox from './service.ts';

const tags = ['inbox'];

export function inboxRoutes(app: TandemApp) {
  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary: 'What needs the reader, across all their engagements, most pressing first',
        querystring: InboxQuery,
        response: { 200: InboxResponse, ...problemResponses },
      },
    },
    (request) => app.inScope(request, async (scope) => presentInbox(await inbox.readInbox(scope, { limit: request.query.limit }))),
  );

  app.post(
    '/inbox/acknowledgements',
    {
      schema: {
        tags,
        summary: 'Mark an item seen (a stakeholder answer): it leaves the reader’s inbox',
        body: AcknowledgementBody,
        response: { 204: z.null().describe('Seen'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => inbox.acknowledgeItem(scope, request.body.key));
      return reply.code(204).send(null);
    },
  );
}
