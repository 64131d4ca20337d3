import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { CoachNote, CoachNoteList, CoachNoteListQuery, NewCoachNoteBody, presentCoachNote } from './schemas.ts';
import * as coachNotes from './service.ts';

const tags = ['sessions'];

export function coachNoteRoutes(app: TandemApp) {
  app.get(
    '/engagements/:id/coach-notes',
    {
      schema: {
        tags,
        summary: 'My private notes on this engagement (the coach only; nobody else ever reads them)',
        params: IdParams,
        querystring: CoachNoteListQuery,
        response: { 200: CoachNoteList, ...problemResponses },
      },
    },
    async (request) => ({
      items: (await app.inScope(request, (scope) => coachNotes.listCoachNotes(scope, request.params.id, request.query))).map(presentCoachNote),
    }),
  );

  app.post(
    '/engagements/:id/coach-notes',
    {
      schema: {
        tags,
        summary: 'Write a private note on the engagement or one of its sessions (the coach only)',
        params: IdParams,
        body: NewCoachNoteBody,
        response: { 201: CoachNote, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentCoachNote(await app.inScope(request, (scope) => coachNotes.addCoachNote(scope, request.params.id, request.body)))),
  );
}
