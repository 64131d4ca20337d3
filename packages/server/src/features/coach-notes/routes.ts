import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import { CoachNote, CoachNoteChangesBody, CoachNoteList, CoachNoteListQuery, NewCoachNoteBody, presentCoachNote } from './schemas.ts';
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

  app.patch(
    '/coach-notes/:id',
    {
      schema: {
        tags,
        summary: 'Reword one of my private notes (its author only; for anyone else it does not exist: 404)',
        params: IdParams,
        body: CoachNoteChangesBody,
        response: { 200: CoachNote, ...problemResponses },
      },
    },
    async (request) => presentCoachNote(await app.inScope(request, (scope) => coachNotes.editCoachNote(scope, request.params.id, request.body))),
  );

  app.delete(
    '/coach-notes/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of my private notes (its author only; for anyone else it does not exist: 404)',
        params: IdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => coachNotes.removeCoachNote(scope, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
