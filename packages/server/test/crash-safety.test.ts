// Crash safety, with Tandem as a real process: a stream of check-ins and commitments, each with
// its own Idempotency-Key, is cut by SIGKILL; after a restart on the same data every write that
// was answered 2xx is there exactly once, an unanswered one at most once, and retrying the
// unanswered ones with their keys leaves exactly one of each. Then PostgreSQL itself crashes
// under load (a private cluster, never the shared one): requests answer 503 problem+json
// promptly, and the same app server serves again once PostgreSQL is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunPrivateCluster,
  createFreshDatabase,
  sleep,
  spawnServer,
  startPrivateCluster,
  type PrivateCluster,
  type ServerProcess,
} from './processes.ts';
import { activateGoal, Browser, inviteClient, signUpCoach, type ApiResponse } from './support.ts';

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

type Write = { key: string; path: string; body: { text: string } & Record<string, unknown>; kind: 'check-in' | 'commitment' };
type Outcome = { write: Write; status: number | 'no answer' };

/** What a stream of writes needs: a signed-in client with an active goal and a planned session. */
async function prepareEngagement(server: { url: string }) {
  const coach = (await signUpCoach(server)).browser;
  const { client, engagementId } = await inviteClient(server, coach);
  const goalId = await activateGoal({ coach, client }, engagementId, {
    title: 'Give 4 talks at the team meeting',
    horizon: 'quarter',
    startsOn: isoDay(-10),
    dueOn: isoDay(60),
  });
  const sessionId = (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: `${isoDay(3)}T09:00`, durationMinutes: 60 })).body.id as string;
  return { client, engagementId, goalId, sessionId };
}

function writeNumber(prefix: string, n: number, place: { goalId: string; sessionId: string }): Write {
  const text = `${prefix} write ${n}`;
  return n % 2 === 0
    ? { key: `${prefix}-${n}`, kind: 'check-in', path: `/api/v1/goals/${place.goalId}/check-ins`, body: { kind: 'observation', effectiveOn: isoDay(-1), text } }
    : { key: `${prefix}-${n}`, kind: 'commitment', path: `/api/v1/sessions/${place.sessionId}/commitments`, body: { text } };
}

async function send(browser: Browser, write: Write): Promise<ApiResponse> {
  return browser.request('POST', write.path, write.body, { 'idempotency-key': write.key });
}

/** Every text written, counted as the API reads it back. */
async function countTexts(browser: Browser, place: { goalId: string; engagementId: string }): Promise<Map<string, number>> {
  const checkIns = (await browser.get(`/api/v1/goals/${place.goalId}/check-ins`)).body.items as { text: string | null }[];
  const commitments = (await browser.get(`/api/v1/engagements/${place.engagementId}/commitments`)).body.items as { text: string }[];
  const counts = new Map<string, number>();
  for (const { text } of [...checkIns, ...commitments]) if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

type Target = { name: string; env(): Promise<{ env: Record<string, string>; cleanUp(): Promise<void> }> };

const targets: Target[] = [
  {
    name: 'pglite',
    async env() {
      const dir = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
      return { env: { TANDEM_DATA_DIR: dir }, cleanUp: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  targets.push({
    name: 'postgres',
    async env() {
      const database = await createFreshDatabase(adminUrl, 'tandem_crash');
      return { env: { DATABASE_URL: database.url }, cleanUp: () => database.drop() };
    },
  });
}

describe.each(targets)('a server killed mid-stream on $name', (target) => {
  let environment: { env: Record<string, string>; cleanUp(): Promise<void> };
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    environment = await target.env();
  });
  afterAll(async () => {
    await server?.stop();
    await environment?.cleanUp();
  });

  it('keeps every answered write exactly once, and a retried unanswered one once', async () => {
    server = await spawnServer(environment.env);
    const place = await prepareEngagement(server);
    const writes = Array.from({ length: 400 }, (_, n) => writeNumber(target.name, n, place));
    const outcomes: Outcome[] = [];
    let next = 0;
    let answered = 0;
    const running = server;
    // Four writers at once, as a few busy people would; SIGKILL once 40 writes are answered.
    const writer = async () => {
      while (next < writes.length) {
        const write = writes[next];
        next += 1;
        if (!write) break;
        const status = await send(new Browser(running.url).withCookie(place.client.cookie), write).then(
          (response) => response.status,
          () => 'no answer' as const,
        );
        outcomes.push({ write, status });
        if (status === 'no answer') break;
        answered += 1;
        if (answered === 40) void running.kill();
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await running.kill();
    const succeeded = outcomes.filter((outcome) => typeof outcome.status === 'number' && outcome.status < 300);
    const unanswered = outcomes.filter((outcome) => outcome.status === 'no answer');
    expect(outcomes.filter((outcome) => typeof outcome.status === 'number' && outcome.status >= 300)).toEqual([]);
    expect(succeeded.length).toBeGreaterThanOrEqual(40);
    expect(unanswered.length).toBeGreaterThan(0);

    server = await spawnServer(environment.env);
    const reader = new Browser(server.url).withCookie(place.client.cookie);
    const afterRestart = await countTexts(reader, place);
    for (const { write } of succeeded) expect(afterRestart.get(write.body.text), write.body.text).toBe(1);
    for (const { write } of unanswered) expect(afterRestart.get(write.body.text) ?? 0, write.body.text).toBeLessThanOrEqual(1);

    for (const { write } of unanswered) expect((await send(reader, write)).status, write.key).toBe(201);
    const afterRetry = await countTexts(reader, place);
    for (const { write } of [...succeeded, ...unanswered]) expect(afterRetry.get(write.body.text), write.body.text).toBe(1);
    // Nothing that was never sent appeared.
    expect([...afterRetry.keys()].filter((text) => text.startsWith(`${target.name} write`)).length).toBe(succeeded.length + unanswered.length);
  });
});

describe.skipIf(!canRunPrivateCluster)('PostgreSQL crashing under load', () => {
  let cluster: PrivateCluster;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = await startPrivateCluster();
    server = await spawnServer({ DATABASE_URL: cluster.url });
  });
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  it('answers 503 problem+json while it is down and serves again once it is back, without a restart', async () => {
    const place = await prepareEngagement(server);
    const client = new Browser(server.url).withCookie(place.client.cookie);
    const failures: { write: Write; response: ApiResponse }[] = [];
    const statuses = new Set<number>();
    let n = 0;
    let isLoading = true;
    // Two writers and a reader, each request given 8 s: a request that hangs fails the test.
    const load = async (reads: boolean) => {
      while (isLoading) {
        n += 1;
        const write = writeNumber('pg-crash', n, place);
        const request = reads
          ? fetch(`${server.url}/api/v1/me`, { headers: { cookie: client.cookie ?? '' }, signal: AbortSignal.timeout(8_000) }).then(async (response) => ({
              status: response.status,
              body: await response.json(),
              headers: response.headers,
            }))
          : send(client, write);
        const response = await Promise.race([request, sleep(8_000).then(() => ({ status: 0, body: null, headers: new Headers() }))]);
        statuses.add(response.status);
        expect(response.status, 'a request hung').not.toBe(0);
        if (response.status >= 300) {
          expect(response.status).toBe(503);
          expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
          expect(response.body.code).toBe('database_unavailable');
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          if (!reads) failures.push({ write, response });
        }
        await sleep(20);
      }
    };
    const running = Promise.all([load(false), load(false), load(true)]);
    await sleep(700);
    cluster.crash();
    await sleep(1_500);
    const whileDown = await client.get('/api/v1/me');
    expect(whileDown.status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    cluster.start();
    // Back within seconds: the pool reconnects by itself.
    const deadline = Date.now() + 20_000;
    let back = await client.get('/api/v1/me');
    while (back.status !== 200 && Date.now() < deadline) {
      await sleep(200);
      back = await client.get('/api/v1/me');
    }
    expect(back.status).toBe(200);
    await sleep(500);
    isLoading = false;
    await running;
    expect(statuses).toContain(503);
    expect(server.child.exitCode).toBeNull();

    // A write refused with 503 may or may not have committed before the crash; its key settles it.
    for (const { write } of failures) expect((await send(client, write)).status, write.key).toBe(201);
    const counts = await countTexts(client, place);
    for (const { write } of failures) expect(counts.get(write.body.text), write.body.text).toBe(1);
    expect((await client.get(`/api/v1/goals/${place.goalId}/check-ins`)).status).toBe(200);
  });
});
