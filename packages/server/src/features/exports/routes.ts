import { z } from 'zod';
import type { TandemApp } from '../../http/app.ts';
import { IdParams, problemResponses, ProblemResponse } from '../../http/schemas.ts';
import { clearSessionCookie } from '../../http/scope.ts';
import { DeletePracticeBody, EngagementExport, MyExport, PracticeDeleted, PracticeExport } from './schemas.ts';
import * as exports from './service.ts';

const tags = ['exports'];

/** A download, not a page: the browser saves it under what it is and the day it was made, e.g. tandem-my-data-2026-03-02.json. */
function attachment(kind: string, exportedOn: string): string {
  return `attachment; filename="tandem-${kind}-${exportedOn}.json"`;
}

export function exportRoutes(app: TandemApp) {
  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Download all my data as JSON: profile, and everything I may read of each engagement I take part in',
        response: { 200: MyExport, 401: ProblemResponse },
      },
    },
    async (request, reply) => {
      const data = await app.inScope(request, (scope) => exports.exportMyData(scope));
      return reply.header('content-disposition', attachment('my-data', data.exportedOn)).send(data);
    },
  );

  app.get(
    '/me/report',
    {
      schema: {
        tags,
        summary: 'A readable, printable HTML report of my goals and progress, in my language',
        produces: ['text/html'],
        response: { 200: z.string().describe('text/html'), 401: ProblemResponse },
      },
    },
    async (request, reply) => {
      const html = await app.inScope(request, (scope) => exports.myReport(scope));
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'private, no-store')
        .send(html);
    },
  );

  app.get(
    '/engagements/:id/export',
    {
      schema: {
        tags,
        summary: "The engagement's coach downloads all of it as JSON (their own private notes in, unshared journal entries out)",
        params: IdParams,
        response: { 200: EngagementExport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const data = await app.inScope(request, (scope) => exports.exportEngagement(scope, request.params.id));
      return reply.header('content-disposition', attachment(`engagement-${request.params.id.slice(0, 8)}`, data.exportedOn)).send(data);
    },
  );

  app.get(
    '/practice/export',
    {
      schema: {
        tags,
        summary: "The owner downloads the whole practice as JSON, table by table (no secrets, no one else's private notes or unshared journal)",
        response: { 200: PracticeExport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const data = await app.inScope(request, (scope) => exports.exportPractice(scope));
      return reply.header('content-disposition', attachment('practice', data.exportedOn)).send(data);
    },
  );

  app.delete(
    '/practice',
    {
      schema: {
        tags,
        summary: "The owner deletes the practice and everything in it, confirming with the practice's name; every sign-in ends",
        body: DeletePracticeBody,
        response: { 200: PracticeDeleted, ...problemResponses, 422: ProblemResponse },
      },
    },
    async (request, reply) => {
      const rows = await app.inScope(request, (scope) => exports.deletePractice(scope, request.body));
      clearSessionCookie(reply, request);
      return { deleted: true as const, rows };
    },
  );
}
