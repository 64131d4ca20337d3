import type { TandemApp } from '../../http/app.ts';
import { problemResponses } from '../../http/schemas.ts';
import { AuditActorList, AuditEventPage, AuditEventsQuery, presentAuditEvent } from './schemas.ts';
import * as audit from './service.ts';

const tags = ['security'];

export function auditRoutes(app: TandemApp) {
  app.get(
    '/audit-events',
    {
      schema: {
        tags,
        summary:
          "The practice's audit log, newest first (sign-ins, agreements, shares, security changes), narrowed by kind, person and days: owner only",
        querystring: AuditEventsQuery,
        response: { 200: AuditEventPage, ...problemResponses },
      },
    },
    async (request) => {
      const page = await app.inScope(request, (scope) => audit.listAuditEvents(scope, request.query));
      return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/audit-events/actors',
    {
      schema: {
        tags,
        summary: "The people who did something in the practice's audit log, by name, to narrow it to one of them: owner only",
        response: { 200: AuditActorList, ...problemResponses },
      },
    },
    async (request) => ({ items: await app.inScope(request, (scope) => audit.listAuditActors(scope)) }),
  );
}
