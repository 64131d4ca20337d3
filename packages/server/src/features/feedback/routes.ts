import type { TandemApp } from '../../http/app.ts';
import { IdParams, ProblemResponse, problemResponses } from '../../http/schemas.ts';
import {
  CreatedFeedbackRequest,
  FeedbackAnswerBody,
  FeedbackAnswered,
  FeedbackRequest,
  FeedbackRequestList,
  FeedbackTokenParams,
  NewFeedbackRequestBody,
  presentFeedbackRequest,
  PublicFeedbackRequest,
} from './schemas.ts';
import * as feedback from './service.ts';

const tags = ['feedback'];

export function feedbackRoutes(app: TandemApp) {
  app.get(
    '/goals/:id/feedback-requests',
    { schema: { tags, summary: "The stakeholder feedback asked on a goal", params: IdParams, response: { 200: FeedbackRequestList, ...problemResponses } } },
    async (request) => ({
      items: (await app.inScope(request, (scope) => feedback.listFeedbackRequests(scope, request.params.id))).map(({ request: row, status, email }) =>
        presentFeedbackRequest(row, status, email),
      ),
    }),
  );

  app.post(
    '/goals/:id/feedback-requests',
    {
      schema: {
        tags,
        summary: 'Ask a named stakeholder one question; answers with their single-use link as `url`, and emails it to them when asked (`sendEmail`)',
        params: IdParams,
        body: NewFeedbackRequestBody,
        response: { 201: CreatedFeedbackRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await app.inScope(request, (scope) => feedback.requestFeedback(scope, request.params.id, request.body));
      if (created.email) app.emails.nudge();
      return reply.code(201).send({ ...presentFeedbackRequest(created.request, created.status, created.email), url: created.url });
    },
  );

  app.post(
    '/feedback-requests/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a request still waiting for its answer (a typo, the wrong person): its link stops working, the request stays listed',
        params: IdParams,
        response: { 200: FeedbackRequest, ...problemResponses },
      },
    },
    async (request) => {
      const withdrawn = await app.inScope(request, (scope) => feedback.withdrawFeedbackRequest(scope, request.params.id));
      // An email of the link not sent yet is cancelled by the next round.
      if (withdrawn.email?.status === 'queued') app.emails.nudge();
      return presentFeedbackRequest(withdrawn.request, withdrawn.status, withdrawn.email);
    },
  );

  app.get(
    '/feedback/:token',
    {
      schema: {
        tags,
        summary: 'What a stakeholder sees (public: the token is the key): the question and the client\'s first name',
        security: [],
        params: FeedbackTokenParams,
        response: { 200: PublicFeedbackRequest, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => {
      const view = await app.inScope(request, (scope) => feedback.viewFeedbackRequest(scope, request.params.token));
      return { ...view, expiresAt: view.expiresAt.toISOString() };
    },
  );

  app.post(
    '/feedback/:token',
    {
      schema: {
        tags,
        summary: 'The stakeholder answers, once (public): a rating, words, or both',
        security: [],
        params: FeedbackTokenParams,
        body: FeedbackAnswerBody,
        response: { 201: FeedbackAnswered, 400: ProblemResponse, 404: ProblemResponse, 410: ProblemResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await app.inScope(request, (scope) => feedback.answerFeedbackRequest(scope, request.params.token, request.body))),
  );
}
