import type { TandemApp } from '../../http/app.ts';
import { IdempotencyHeaders, IdParams, problemResponses } from '../../http/schemas.ts';
import { onceForKey } from '../idempotency/service.ts';
import { Commitment, CommitmentChangesBody, CommitmentList, CommitmentListQuery, NewCommitmentBody, presentCommitment } from './schemas.ts';
import * as commitments from './service.ts';

const tags = ['sessions'];

export function commitmentRoutes(app: TandemApp) {
  app.post(
    '/sessions/:id/commitments',
    {
      schema: {
        tags,
        summary: 'Make a commitment in a session: an action item for the client (default) or the coach',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: NewCommitmentBody,
        response: { 201: Commitment, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        onceForKey(scope, { key: request.headers['idempotency-key'], route: request.url, body: request.body, status: 201 }, async () =>
          presentCommitment(await commitments.makeCommitment(scope, request.params.id, request.body)),
        ),
      );
      return reply.code(201).header('Idempotent-Replayed', String(answer.replayed)).send(answer.body);
    },
  );

  app.patch(
    '/commitments/:id',
    {
      schema: {
        tags,
        summary: 'Mark a commitment done, dropped or open again, and record its follow-up (outcome, session); each change stays in its history',
        params: IdParams,
        body: CommitmentChangesBody,
        response: { 200: Commitment, ...problemResponses },
      },
    },
    async (request) => presentCommitment(await app.inScope(request, (scope) => commitments.changeCommitment(scope, request.params.id, request.body))),
  );

  app.get(
    '/engagements/:id/commitments',
    {
      schema: {
        tags,
        summary: "The engagement's commitments: open ones first by due date, overdue ones marked",
        params: IdParams,
        querystring: CommitmentListQuery,
        response: { 200: CommitmentList, ...problemResponses },
      },
    },
    async (request) => ({
      items: (await app.inScope(request, (scope) => commitments.listCommitments(scope, request.params.id, request.query))).map(presentCommitment),
    }),
  );

  app.get(
    '/me/commitments',
    {
      schema: {
        tags,
        summary: 'The action items I own across my engagements (open ones unless `status` says otherwise)',
        querystring: CommitmentListQuery,
        response: { 200: CommitmentList, ...problemResponses },
      },
    },
    async (request) => ({ items: (await app.inScope(request, (scope) => commitments.listMyCommitments(scope, request.query))).map(presentCommitment) }),
  );
}
