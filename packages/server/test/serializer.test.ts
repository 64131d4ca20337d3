import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Goal } from '../src/features/goals/schemas.ts';
import { InboxResponse } from '../src/features/inbox/schemas.ts';
import { isSameBothWays, serializerCompiler } from '../src/http/serializer.ts';

/** A Fastify app answering GET /answer with `data`, checked against `schema` by Tandem's serializer. */
async function appAnswering(schema: z.ZodType, data: unknown) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.get('/answer', { schema: { response: { 200: schema } } }, async () => data as never);
  await app.ready();
  opened.push(app);
  return app;
}

const opened: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

describe("the answers' serializer", () => {
  const Person = z.object({ id: z.uuid(), name: z.string(), nickname: z.string().nullable() });
  const person = { id: '6a2f2046-5778-45d1-918f-5474bf601a2d', name: 'Marta', nickname: null };

  it('writes an answer that fits its schema as JSON', async () => {
    const app = await appAnswering(Person, person);
    const response = await app.inject({ method: 'GET', url: '/answer' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(person);
  });

  it('drops every field the schema does not declare (a private note never leaks through an answer)', async () => {
    const app = await appAnswering(Person, { ...person, privateNote: 'coach only' });
    const response = await app.inject({ method: 'GET', url: '/answer' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('coach only');
    expect(response.json()).toEqual(person);
  });

  it('refuses an answer that does not fit its schema, sending none of it', async () => {
    const app = await appAnswering(Person, { ...person, id: 'not-a-uuid' });
    const response = await app.inject({ method: 'GET', url: '/answer' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('Marta');
  });

  it('still encodes through a schema that converts (a codec), as zod defines it', async () => {
    const Instant = z.codec(z.iso.datetime(), z.date(), { decode: (text) => new Date(text), encode: (date) => date.toISOString() });
    const app = await appAnswering(z.object({ at: Instant }), { at: new Date('2026-11-25T09:00:00Z') });
    const response = await app.inject({ method: 'GET', url: '/answer' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ at: '2026-11-25T09:00:00.000Z' });
  });
});

describe('which schemas check the same way in both directions', () => {
  it("holds for Tandem's answers, checks and refinements included", () => {
    expect(isSameBothWays(Goal)).toBe(true);
    expect(isSameBothWays(InboxResponse)).toBe(true);
    expect(isSameBothWays(z.object({ on: z.string().refine((text) => text.length === 10) }))).toBe(true);
  });

  it('does not hold for anything that converts or fills in, however deep', () => {
    const inside = (schema: z.ZodType) => z.object({ items: z.array(z.object({ value: schema.nullable() })) });
    expect(isSameBothWays(inside(z.string().transform((text) => text.length)))).toBe(false);
    expect(isSameBothWays(inside(z.string().default('none')))).toBe(false);
    expect(isSameBothWays(inside(z.number().catch(0)))).toBe(false);
    expect(isSameBothWays(inside(z.lazy(() => z.string())))).toBe(false);
    expect(isSameBothWays(inside(z.codec(z.string(), z.number(), { decode: Number, encode: String })))).toBe(false);
  });
});
