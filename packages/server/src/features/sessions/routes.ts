import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses } from '../../http/schemas.ts';
import {
  AgendaItem,
  AgendaItemChangesBody,
  AgendaItemList,
  AgendaOrderBody,
  NewAgendaItemBody,
  NewSessionBody,
  presentAgendaItem,
  presentSession,
  presentSessionSummary,
  Session,
  SessionChangesBody,
  SessionList,
} from './schemas.ts';
import * as sessions from './service.ts';

const tags = ['sessions'];

export function sessionRoutes(app: TandemApp) {
  app.get(
    '/engagements/:id/sessions',
    { schema: { tags, summary: "The engagement's coaching sessions, the latest first", params: IdParams, response: { 200: SessionList, ...problemResponses } } },
    async (request) => ({
      items: (await app.inScope(request, (scope) => sessions.listSessions(scope, request.params.id))).map(presentSessionSummary),
    }),
  );

  app.post(
    '/engagements/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Schedule a session (coach or client); its agenda starts with open commitments, goals at risk and reviews due',
        params: IdParams,
        body: NewSessionBody,
        response: { 201: Session, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentSession(await app.inScope(request, (scope) => sessions.scheduleSession(scope, request.params.id, request.body)))),
  );

  app.get(
    '/sessions/:id',
    { schema: { tags, summary: 'A session with its agenda, shared notes and the commitments made in it', params: IdParams, response: { 200: Session, ...problemResponses } } },
    async (request) => presentSession(await app.inScope(request, (scope) => sessions.getSession(scope, request.params.id))),
  );

  app.patch(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Change a session: status, shared notes, time, goals. With `version`, a change based on an outdated session is refused (409)',
        params: IdParams,
        body: SessionChangesBody,
        response: { 200: Session, ...problemResponses },
      },
    },
    async (request) => {
      const changed = await app.inScope(request, (scope) => sessions.changeSession(scope, request.params.id, request.body));
      // Cancelling emails the other side: sent once the change has committed.
      if (changed.toldByEmail) app.emails.nudge();
      return presentSession(changed);
    },
  );

  app.post(
    '/sessions/:id/agenda-items',
    {
      schema: { tags, summary: 'Add an item at the end of the agenda (coach or client)', params: IdParams, body: NewAgendaItemBody, response: { 201: AgendaItem, ...problemResponses } },
    },
    async (request, reply) =>
      reply.code(201).send(presentAgendaItem(await app.inScope(request, (scope) => sessions.addAgendaItem(scope, request.params.id, request.body)))),
  );

  app.put(
    '/sessions/:id/agenda-items/order',
    {
      schema: {
        tags,
        summary: 'Reorder the agenda: every item id, each once, in the new order (409 when the agenda changed meanwhile)',
        params: IdParams,
        body: AgendaOrderBody,
        response: { 200: AgendaItemList, ...problemResponses },
      },
    },
    async (request) => ({
      items: (await app.inScope(request, (scope) => sessions.reorderAgenda(scope, request.params.id, request.body.itemIds))).map(presentAgendaItem),
    }),
  );

  app.patch(
    '/agenda-items/:id',
    {
      schema: {
        tags,
        summary: 'Reword an agenda item (coach or client) while the session is planned; a carried-over item keeps its words (400)',
        params: IdParams,
        body: AgendaItemChangesBody,
        response: { 200: AgendaItem, ...problemResponses },
      },
    },
    async (request) => presentAgendaItem(await app.inScope(request, (scope) => sessions.editAgendaItem(scope, request.params.id, request.body))),
  );

  app.delete(
    '/agenda-items/:id',
    {
      schema: {
        tags,
        summary: 'Remove an agenda item (coach or client) while the session is planned; the others close up behind it',
        params: IdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await app.inScope(request, (scope) => sessions.removeAgendaItem(scope, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
