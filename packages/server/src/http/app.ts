import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { accountRoutes } from '../features/accounts/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { engagementRoutes } from '../features/engagements/routes.ts';
import { practiceRoutes } from '../features/practice/routes.ts';
import { exportRoutes } from '../features/exports/routes.ts';
import { calendarRoutes } from '../features/calendar/routes.ts';
import { checkInRoutes } from '../features/check-ins/routes.ts';
import { coachNoteRoutes } from '../features/coach-notes/routes.ts';
import { commitmentRoutes } from '../features/commitments/routes.ts';
import { feedbackRoutes } from '../features/feedback/routes.ts';
import { goalRoutes } from '../features/goals/routes.ts';
import { inboxRoutes } from '../features/inbox/routes.ts';
import { invitationRoutes } from '../features/invitations/routes.ts';
import { journalRoutes } from '../features/journal/routes.ts';
import { metricRoutes } from '../features/metrics/routes.ts';
import { obstacleRoutes } from '../features/obstacles/routes.ts';
import { passwordRoutes } from '../features/passwords/routes.ts';
import { progressRoutes } from '../features/progress/routes.ts';
import { reviewRoutes } from '../features/reviews/routes.ts';
import { sessionRoutes } from '../features/sessions/routes.ts';
import { twoFactorRoutes } from '../features/two-factor/routes.ts';
import { valueRoutes } from '../features/values/routes.ts';
import { createEmailDispatch, type EmailDispatch } from '../mail/dispatch.ts';
import { createMailer, type Mailer, type OutgoingEmail } from '../mail/mailer.ts';
import { clientErrorHandler } from './client-error.ts';
import { BODY_LIMIT_BYTES, findNulCharacter, handleError, sendProblem } from './problem.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { createScopeRunner, type RunInScope } from './scope.ts';
import { markOptionalBodies } from './schemas.ts';
import { serializerCompiler } from './serializer.ts';

export type TandemApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs a request's work in its transaction, as the person who sent it. */
    inScope: RunInScope;
    /** Sends emails (password-reset links): SMTP, or the development outbox folder. */
    mailer: Mailer;
    /**
     * Sends an email without making the answer wait for it (a failure is logged); the server
     * finishes sending before it closes.
     */
    sendEmailInBackground(email: OutgoingEmail, log: FastifyBaseLogger): void;
    /**
     * Sends the emails requests queue (invitations, questions to stakeholders): a route that
     * queued one nudges it after its commit. Started by `startServer`; a test runs it by hand.
     */
    emails: EmailDispatch;
  }
}

export type AppOptions = {
  db: Database;
  /** The time source; tests pass a fixed clock. */
  clock?: () => Date;
  /** The address people reach Tandem at, for links such as invitations. Defaults to the request's own. */
  publicUrl?: string;
  /** The built web app to serve, if any. */
  webDist?: string;
  logger?: boolean | { level: string };
  trustProxy?: boolean;
  /** Where emails go; by default an outbox folder in the system's temporary directory. */
  mailer?: Mailer;
};

/** Unsafe requests whose Origin header names another site are refused before any work is done. */
function isForeignOrigin(origin: string | undefined, expected: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).origin !== new URL(expected).origin;
  } catch {
    return true;
  }
}

export async function buildApp(options: AppOptions): Promise<TandemApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    // A path parameter of any length reaches its schema, so an over-long id is refused naming
    // it (Node already caps the whole request line at 16 KiB).
    routerOptions: { maxParamLength: 16 * 1024 },
    // What the router itself refuses (a path it cannot decode) is problem+json like the rest.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
    // And so is what Node's HTTP parser refuses before the router (raw bytes in the address, say).
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const clock = options.clock ?? (() => new Date());
  app.decorate('inScope', createScopeRunner({ db: options.db, clock, publicUrl: options.publicUrl }));
  const mailer = options.mailer ?? createMailer({ from: 'Tandem <no-reply@tandem.localhost>', outboxDir: join(tmpdir(), 'tandem-outbox') });
  const emailsInFlight = new Set<Promise<void>>();
  app.decorate('mailer', mailer);
  app.decorate('sendEmailInBackground', (email: OutgoingEmail, log: FastifyBaseLogger) => {
    const sending: Promise<void> = mailer
      .send(email)
      .catch((error: unknown) => log.error({ err: error }, 'email not sent'))
      .finally(() => emailsInFlight.delete(sending));
    emailsInFlight.add(sending);
  });
  app.decorate('emails', createEmailDispatch({ db: options.db, mailer, clock, log: app.log }));
  app.addHook('onClose', async () => {
    await Promise.allSettled([...emailsInFlight, app.emails.stop()]);
  });

  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: '1.0.0',
        description:
          'A coach and a client set goals together and see them through. Errors are application/problem+json (RFC 9457) with `errors: [{ path, message }]` naming each bad field.',
      },
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
          bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/v1/auth/tokens' },
        },
      },
      security: [{ sessionCookie: [] }, { bearerToken: [] }],
    },
    transform: jsonSchemaTransform,
    // Named schemas (the recursive cascade node) go to components.schemas; bodies that may be left out are said to be.
    transformObject: (document) => markOptionalBodies(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (request, reply) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
    const expected = options.publicUrl ?? `${request.protocol}://${request.host}`;
    if (isForeignOrigin(request.headers.origin, expected)) {
      return sendProblem(reply, request, new AppError('foreign_origin', 'Requests from another site are refused.'));
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const path = findNulCharacter(request);
    if (path === undefined) return;
    const message = 'Contains a NUL character, which cannot be stored';
    return sendProblem(reply, request, new AppError('validation_failed', `${path || 'body'}: ${message}.`, {
      errors: [{ path: path || 'body', message, code: 'invalid_characters' }],
    }));
  });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await options.db.query('SELECT 1');
    return { status: 'ok', database: options.db.engine };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      accountRoutes(api);
      passwordRoutes(api);
      twoFactorRoutes(api);
      auditRoutes(api);
      engagementRoutes(api);
      practiceRoutes(api);
      invitationRoutes(api);
      valueRoutes(api);
      goalRoutes(api);
      metricRoutes(api);
      checkInRoutes(api);
      feedbackRoutes(api);
      progressRoutes(api);
      reviewRoutes(api);
      obstacleRoutes(api);
      inboxRoutes(api);
      calendarRoutes(api);
      sessionRoutes(api);
      commitmentRoutes(api);
      coachNoteRoutes(api);
      journalRoutes(api);
      exportRoutes(api);
    },
    { prefix: '/api/v1' },
  );

  const webDist = options.webDist;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // Any other address is a page of the web app, which routes it itself; a file that is not
    // there (a script of an earlier build, asked for by a page loaded before a deploy) is 404, not
    // the app's page sent as a script, which the browser refuses and leaves the page blank.
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path) && webDist && existsSync(webDist);
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, request, new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });

  return app;
}
