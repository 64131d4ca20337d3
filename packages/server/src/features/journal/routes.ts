import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdempotencyHeaders, IdParams, problemResponses } from '../../http/schemas.ts';
import { onceForKey } from '../idempotency/service.ts';
import { JournalEntry, JournalEntryChangesBody, JournalEntryList, NewJournalEntryBody, presentJournalEntry } from './schemas.ts';
import * as journal from './service.ts';

const tags = ['journal'];

export function journalRoutes(app: TandemApp) {
  app.get(
    '/engagements/:id/journal',
    {
      schema: {
        tags,
        summary: "The client's journal, the latest first: all of it for the client, only the shared entries for the coach",
        params: IdParams,
        response: { 200: JournalEntryList, ...problemResponses },
      },
    },
    async (request) => ({ items: (await app.inScope(request, (scope) => journal.listJournal(scope, request.params.id))).map(presentJournalEntry) }),
  );

  app.post(
    '/engagements/:id/journal',
    {
      schema: {
        tags,
        summary: 'Write a private journal entry (the client); nobody else reads it unless the client shares it',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: NewJournalEntryBody,
        response: { 201: JournalEntry, ...problemResponses },
      },
    },
    async (request, reply) => {
      const answer = await app.inScope(request, (scope) =>
        onceForKey(scope, { key: request.headers['idempotency-key'], route: request.url, body: request.body, status: 201 }, async () =>
          presentJournalEntry(await journal.writeEntry(scope, request.params.id, request.body)),
        ),
      );
      return reply.code(201).header('Idempotent-Replayed', String(answer.replayed)).send(answer.body);
    },
  );

  app.post(
    '/journal/:id/share',
    { schema: { tags, summary: 'Share a journal entry with the coach (the client)', params: IdParams, response: { 200: JournalEntry, ...problemResponses } } },
    async (request) => presentJournalEntry(await app.inScope(request, (scope) => journal.setEntryShared(scope, request.params.id, true))),
  );

  app.delete(
    '/journal/:id/share',
    { schema: { tags, summary: 'Stop sharing a journal entry with the coach (the client)', params: IdParams, response: { 200: JournalEntry, ...problemResponses } } },
    async (request) => presentJournalEntry(await app.inScope(request, (scope) => journal.setEntryShared(scope, request.params.id, false))),
  );

  app.patch(
    '/journal/:id',
    {
      schema: {
        tags,
        summary: 'Edit a journal entry: its words or its goal (the client who wrote it; the coach never does)',
        params: IdParams,
        body: JournalEntryChangesBody,
        response: { 200: JournalEntry, ...problemResponses },
      },
    },
    async (request) => presentJournalEntry(await app.inScope(request, (scope) => journal.editEntry(scope, request.params.id, request.body))),
  );

  app.delete(
    '/journal/:id',
    {
      schema: {
        tags,
        summary: "Remove a journal entry (the client who wrote it); a shared one leaves the coach's view too",
        params: IdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => journal.removeEntry(scope, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
