import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { answerWriter, sendKept } from '../../http/serializer.ts';
import {
  AgreementBody,
  Goal,
  GoalList,
  GoalStateBody,
  NewGoalBody,
  presentGoal,
  presentHistory,
  RevisionBody,
  RevisionHistory,
  SmartAssessBody,
  SmartAssessment,
} from './schemas.ts';
import * as goals from './service.ts';

const tags = ['goals'];

export function goalRoutes(app: TandemApp) {
  const writeGoalList = answerWriter(GoalList, 'GET', '/api/v1/engagements/:id/goals');
  app.get(
    '/engagements/:id/goals',
    { schema: { tags, summary: "The engagement's goals", params: IdParams, response: { 200: GoalList, ...problemResponses } } },
    // Written once and kept: a look at goals that have not changed sends the kept answer, gzipped
    // as it was kept (decisions 021, 028).
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        goals.keptGoalList(scope, request.params.id, (views) => writeGoalList({ items: views.map(presentGoal) })),
      );
      return sendKept(reply, answer);
    },
  );

  app.post(
    '/engagements/:id/goals',
    {
      schema: {
        tags,
        summary: 'Draft a goal (coach or client); it becomes active only when both agree to its words',
        params: IdParams,
        body: NewGoalBody,
        response: { 201: Goal, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentGoal(await app.inScope(request, (scope) => goals.draftGoal(scope, request.params.id, request.body)))),
  );

  app.get(
    '/goals/awaiting-agreement',
    { schema: { tags, summary: 'Goals whose words wait for my agreement', response: { 200: GoalList, ...problemResponses } } },
    async (request) => ({ items: (await app.inScope(request, (scope) => goals.listAwaitingMyAgreement(scope))).map(presentGoal) }),
  );

  app.get(
    '/goals/:id',
    { schema: { tags, summary: 'A goal: state, version, the active and the pending revision', params: IdParams, response: { 200: Goal, ...problemResponses } } },
    async (request) => presentGoal(await app.inScope(request, (scope) => goals.getGoal(scope, request.params.id))),
  );

  app.get(
    '/goals/:id/revisions',
    {
      schema: {
        tags,
        summary: 'The history of a goal: every revision with author, time, reason, diff and agreements',
        params: IdParams,
        response: { 200: RevisionHistory, ...problemResponses },
      },
    },
    async (request) => presentHistory(await app.inScope(request, (scope) => goals.getRevisionHistory(scope, request.params.id))),
  );

  app.post(
    '/goals/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Propose changed words with a reason; the active words stay in force until the other side agrees',
        params: IdParams,
        body: RevisionBody,
        response: { 201: Goal, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentGoal(await app.inScope(request, (scope) => goals.reviseGoal(scope, request.params.id, request.body)))),
  );

  app.post(
    '/goals/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Agree to the revision awaiting agreement, or decline it with a comment',
        params: IdParams,
        body: AgreementBody,
        response: { 201: Goal, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentGoal(await app.inScope(request, (scope) => goals.decideOnRevision(scope, request.params.id, request.body)))),
  );

  app.post(
    '/goals/:id/state',
    {
      schema: {
        tags,
        summary: 'Mark an active goal achieved, or drop an open one, with the reason',
        params: IdParams,
        body: GoalStateBody,
        response: { 200: Goal, ...problemResponses },
      },
    },
    async (request) => {
      const closed = presentGoal(await app.inScope(request, (scope) => goals.closeGoal(scope, request.params.id, request.body)));
      app.emails.nudge(); // the other side is told by email
      return closed;
    },
  );

  app.post(
    '/smart/assess',
    {
      schema: {
        tags: ['smart'],
        summary: 'Check a draft against Specific, Measurable, Achievable, Relevant and Time-bound',
        body: SmartAssessBody,
        response: { 200: SmartAssessment, ...problemResponses },
      },
    },
    (request) => app.inScope(request, (scope) => goals.assessDraft(scope, request.body)),
  );
}
