import type { TandemApp } from '../../http/app.ts';
import { IdempotencyHeaders, IdParams, problemResponses, ProblemResponse } from '../../http/schemas.ts';
import { onceForKey } from '../idempotency/service.ts';
import { GoalReviews, NewReviewBody, presentReview, Review, ReviewsQuery, ReviewSummary } from './schemas.ts';
import * as reviews from './service.ts';

const tags = ['reviews'];

export function reviewRoutes(app: TandemApp) {
  app.get(
    '/goals/:id/reviews',
    {
      schema: {
        tags,
        summary: "A goal's reviews, when the next is due, and the walk-through questions in the reader's language",
        params: IdParams,
        response: { 200: GoalReviews, ...problemResponses },
      },
    },
    async (request) => {
      const found = await app.inScope(request, (scope) => reviews.listReviews(scope, request.params.id));
      return { ...found, items: found.items.map(presentReview) };
    },
  );

  app.post(
    '/goals/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Record a review of an active goal: keep it, modify or realign it (both sides agree to the revision), or drop it',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: NewReviewBody,
        response: { 201: Review, ...problemResponses, 422: ProblemResponse },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        onceForKey(scope, { key: request.headers['idempotency-key'], route: request.url, body: request.body, status: 201 }, async () =>
          presentReview(await reviews.holdReview(scope, request.params.id, request.body)),
        ),
      );
      if (request.body.outcome === 'drop') app.emails.nudge(); // a dropped goal is told to the other side by email
      return reply.code(201).header('Idempotent-Replayed', String(answer.replayed)).send(answer.body);
    },
  );

  app.get(
    '/engagements/:id/reviews',
    {
      schema: {
        tags,
        summary: "The engagement's review cycle: every review held in the period (the last 90 days by default) with its goal, outcome and snapshot",
        params: IdParams,
        querystring: ReviewsQuery,
        response: { 200: ReviewSummary, ...problemResponses },
      },
    },
    async (request) => {
      const summary = await app.inScope(request, (scope) => reviews.reviewSummary(scope, request.params.id, request.query));
      return { ...summary, items: summary.items.map(presentReview) };
    },
  );
}
