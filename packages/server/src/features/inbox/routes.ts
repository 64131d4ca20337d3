import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { problemResponses } from '../../http/schemas.ts';
import { answerWriter, sendKept } from '../../http/serializer.ts';
import { AcknowledgementBody, InboxQuery, InboxResponse, presentInbox } from './schemas.ts';
import * as inbox from './service.ts';

const tags = ['inbox'];

export function inboxRoutes(app: TandemApp) {
  const writeInbox = answerWriter(InboxResponse, 'GET', '/api/v1/inbox');
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
    // Written once and kept: a look at an unchanged inbox sends the kept answer, gzipped as it was
    // kept (decisions 021, 028).
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) => inbox.readInboxAnswer(scope, { limit: request.query.limit }, (read) => writeInbox(presentInbox(read))));
      return sendKept(reply, answer);
    },
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
