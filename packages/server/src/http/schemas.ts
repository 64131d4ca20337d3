import { z } from 'zod';

export const Uuid = z.uuid();
export const Timestamp = z.iso.datetime({ offset: true }).describe('An instant, ISO 8601 in UTC');
// PostgreSQL has no year 0000 (1 BC is followed by AD 1): refused here, naming the field.
export const CalendarDate = z.iso
  .date()
  .refine((date) => !date.startsWith('0000-'), 'The year 0000 does not exist')
  .describe('A calendar date in the client\'s time zone, YYYY-MM-DD');

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('A stable error code, e.g. validation_failed, engagement_not_found'),
    instance: z.string().optional(),
    errors: z.array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string().optional(),
        min: z.number().optional().describe('On outside_scale: the lowest value the scale allows'),
        max: z.number().optional().describe('On outside_scale: the highest value the scale allows'),
      }),
    ),
    currentState: z.string().optional().describe('On invalid_transition: the state the resource is in'),
    currentVersion: z.number().optional().describe('On stale_version: the version to reload'),
  })
  .describe('An RFC 9457 problem; `errors` names each bad field');

/** An error response: a problem document, served as application/problem+json. */
export const ProblemResponse = {
  description: 'A problem (RFC 9457); `errors` names each bad field',
  content: { 'application/problem+json': { schema: Problem } },
};

/** The error responses every authenticated route can give. */
export const problemResponses = {
  400: ProblemResponse,
  401: ProblemResponse,
  403: ProblemResponse,
  404: ProblemResponse,
  409: ProblemResponse,
} as const;

export const IdParams = z.object({ id: Uuid });

/** The header that makes a create request safe to retry (see features/idempotency). */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().describe('A retried POST with the same key returns the first answer and creates nothing twice'),
});

/** Marks in the document a body that `optionalBody` lets a caller leave out (see `markOptionalBodies`). */
const OPTIONAL_BODY = 'x-tandem-optional-body';

/**
 * A body the caller may leave out, read as `{}` then (Fastify hands a missing body to the
 * validator as null): for a route that took none before and now takes optional fields.
 */
export function optionalBody<T extends z.ZodObject>(body: T) {
  return z.preprocess((value) => value ?? {}, body).meta({ [OPTIONAL_BODY]: true });
}

type RequestBody = { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> };

/**
 * Says in the document that the bodies `optionalBody` made may be left out: @fastify/swagger
 * calls every body required, which would make the typed clients send one where none was needed.
 */
export function markOptionalBodies<T extends { paths?: Record<string, object | undefined> }>(document: T): T {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {}) as { requestBody?: RequestBody }[]) {
      const schemas = Object.values(operation.requestBody?.content ?? {}).map((media) => media.schema);
      if (!operation.requestBody || !schemas.some((schema) => schema?.[OPTIONAL_BODY])) continue;
      operation.requestBody.required = false;
      for (const schema of schemas) delete schema?.[OPTIONAL_BODY];
    }
  }
  return document;
}
