import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';

/** A year, as browsers expect for HSTS. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The policy the built web app (and the API reference page) runs under: scripts only from Tandem
 * itself, never inline; styles also inline, because Mantine writes its CSS variables into style
 * tags; images also as data: URLs (the two-factor QR code); never inside another site's frame.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every answer (helmet). Strict-Transport-Security only on an answer to an
 * HTTPS request, directly or through a trusted proxy (TRUST_PROXY, which makes `request.protocol`
 * read X-Forwarded-Proto): over plain HTTP the header means nothing, and on localhost it would
 * pin the browser to HTTPS for every other local project.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // Built once: the headers are the same on every answer. (@fastify/helmet, used before, built
  // helmet's middleware again for every request, parsing the policy each time: a few per cent of
  // the server's time on the busiest routes.)
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // For browsers that predate frame-ancestors: the same "never in a frame".
    frameguard: { action: 'deny' },
    // Full addresses (a reset link's token) never leave Tandem; 'no-referrer' would also blank the
    // Origin of Tandem's own POSTs, which the same-origin check reads.
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)));
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
    }
  });
}
