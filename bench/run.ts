// `npm run bench`: how fast two typical Tandem requests are on PGlite and on PostgreSQL, beside
// a bare Fastify route measured in the same run. The ratio to the bare route is the figure to
// watch: it says what the app (sessions, row-level security, one transaction per request, zod)
// costs on this machine, whatever the machine.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import type { Server } from 'node:http';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp, migrate, openPglite, openPostgres, type Database } from '@tandem/server';
import { assessSmart } from '@tandem/core';
import { calendarDateIn } from '@tandem/core';
import { generateGoals, generatePractice, type GeneratedGoal, type Practice } from './generate.ts';
import { generateLargePractice } from './scale.ts';
import { BIG, countStatements, lookOnce, measureBigPractice, statementsOfRoutes, targetLines, warmInboxes, type BigRow } from './big.ts';
import { startChildServer } from './child-server.ts';
import { measure, send, type BenchRequest, type Measurement } from './measure.ts';

const SECONDS = readPositiveNumber('BENCH_SECONDS', 5);
// The connections each server measured keeps to PostgreSQL (TANDEM_DB_POOL in service): two per
// core, as PostgreSQL runs on this machine's cores too. More only take turns on the same cores,
// and each costs more (decision 022).
const POOL = readPositiveNumber('BENCH_POOL', Math.max(4, 2 * os.cpus().length));
const CLIENTS = 50;
const GOALS_PER_CLIENT = 20;
const POSTGRES_URL = withDefaultUser(
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || localPostgresUrl(),
);

type Row = { target: string; engine: string; result: Measurement };

/** A database to run the app on, and how to give it back afterwards. */
type Engine = {
  name: string;
  open(): Promise<Database>;
  dispose(db: Database): Promise<void>;
  /** For PostgreSQL: what a server in a process of its own needs to serve the same schema (server.ts). */
  serverEnv?: Record<string, string>;
};

const ME = 'GET /api/v1/me';
const ADD_VALUE = 'POST /api/v1/engagements/{id}/values';
const GOAL_PAGE = 'GET /api/v1/goals/{id} + /revisions';
const GOAL_LIST = 'GET /api/v1/engagements/{id}/goals';
const ADD_CHECK_IN = 'POST /api/v1/goals/{id}/check-ins';

async function main(): Promise<void> {
  console.log(`Tandem benchmark: Node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log(`autocannon: 10 connections, pipelining 1, ${SECONDS} s per target after a 1 s warm-up (BENCH_SECONDS)`);
  console.log(`load average at start: ${formatLoad()} (anything else busy on the machine skews every figure)`);
  console.log(`PostgreSQL: ${redact(POSTGRES_URL)} (BENCH_DATABASE_URL; by default this machine's server through its Unix socket)`);
  console.log(`each server's pool: ${POOL} connections to PostgreSQL (BENCH_POOL; TANDEM_DB_POOL in service)\n`);

  const rows: Row[] = [];
  const memory: string[] = [];
  const notes: string[] = [];

  console.log('measuring the bare Fastify route');
  const bare = await measureBareRoute();
  rows.push({ target: 'GET /bare (bare Fastify 5)', engine: '-', result: bare });
  // At scale the server measured runs in a process of its own: so does its bare route.
  const bareApart = await measureBareRouteApart();
  rows.push({ target: 'GET /bare, in a process of its own', engine: '-', result: bareApart });
  memory.push(`after the bare route: ${formatRss()}`);

  // PostgreSQL first: PGlite's WebAssembly heap stays in the process after it closes, and would
  // inflate the memory reported for PostgreSQL.
  const engines: Engine[] = [];
  const postgresProblem = await probePostgres(POSTGRES_URL);
  if (postgresProblem) notes.push(`PostgreSQL skipped: ${redact(POSTGRES_URL)} did not answer (${postgresProblem}).`);
  else engines.push(postgresEngine(POSTGRES_URL));
  engines.push({ name: 'pglite', open: () => openPglite(), dispose: (db) => db.close() });

  for (const engine of engines) {
    rows.push(...(await measureEngine(engine)));
    memory.push(`after ${engine.name}: ${formatRss()}`);
  }
  const hasPostgres = engines.some((engine) => engine.name === 'postgres');
  const scale = hasPostgres ? await measureAtScale(postgresEngine(POSTGRES_URL)) : undefined;
  // Issue 8's big practice takes minutes to write: BENCH_BIG=0 leaves it out.
  const big = hasPostgres && process.env.BENCH_BIG !== '0' ? await measureBig(postgresEngine(POSTGRES_URL)) : undefined;
  if (!big) notes.push(hasPostgres ? 'the big practice of issue 8 was left out (BENCH_BIG=0).' : 'the big practice of issue 8 needs PostgreSQL.');

  console.log();
  printTable(rows, bare.requestsPerSecond);
  console.log(`\nSMART assessment (packages/core, one core): ${measureSmartRate().toLocaleString('en')} assessments per second`);
  if (scale) {
    console.log(`\nAt scale on postgres: ${scale.description}`);
    printTable(scale.rows, bareApart.requestsPerSecond);
    console.log(
      `SQL statements per cascade request (20 goals, 2,000 check-ins): ${scale.cascadeStatements.computed} computed, ${scale.cascadeStatements.kept} kept (the same for any number of goals: packages/server/test/progress.test.ts)`,
    );
    console.log(
      `GET /api/v1/inbox, first look of a day (all 100 clients drawn again, one request at a time): p50 ${scale.inboxFirstLook.p50Ms} ms, slowest of 10 ${scale.inboxFirstLook.maxMs} ms`,
    );
    console.log(
      `GET cascade and progress computed afresh (nothing kept: the first look after a change, one request at a time): cascade p50 ${scale.cascadeComputed.p50Ms} ms, slowest of 10 ${scale.cascadeComputed.maxMs} ms; progress p50 ${scale.progressComputed.p50Ms} ms, slowest of 10 ${scale.progressComputed.maxMs} ms`,
    );
  }
  if (big) {
    console.log(`\nBig practice on postgres, ${BIG.connections} concurrent connections: ${big.description}`);
    printBigTable(big.rows, bareApart.requestsPerSecond, scale?.routeStatements);
    console.log(`issue 8's targets in this run:`);
    for (const line of targetLines(big.rows, scale?.routeStatements)) console.log(`  - ${line}`);
    console.log(`the server's process memory after the big practice: RSS ${big.rssMiB} MiB, JavaScript heap in use ${big.heapMiB} MiB`);
  }
  console.log(`\nthe bench's process RSS (the first table's servers, their database client or PGlite, and the load generator's thread):`);
  for (const line of memory) console.log(`  ${line}`);
  console.log('\nnotes:');
  for (const note of [
    ...notes,
    'ratio = req/s of the target / req/s of the bare route: in this process for the first table, in a process of its own for the tables at scale, as their servers are; latencies are whole milliseconds as autocannon records them.',
    'pglite runs in memory (no data directory); it has one connection, so transactions of concurrent requests queue.',
    `load average at the end: ${formatLoad()}`,
  ]) {
    console.log(`  - ${note}`);
  }
}

async function measureBareRoute(): Promise<Measurement> {
  const app = Fastify();
  app.get('/bare', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await measure({ baseUrl: urlOf(app.server), requests: [{ method: 'GET', path: '/bare' }], seconds: SECONDS });
  } finally {
    await app.close();
  }
}

/** The bare route served by a process of its own (server.ts), as the app is at scale. */
async function measureBareRouteApart(): Promise<Measurement> {
  const server = await startChildServer({ BENCH_SERVER_BARE: '1' });
  try {
    return await measure({ baseUrl: server.url, requests: [{ method: 'GET', path: '/bare' }], seconds: SECONDS });
  } finally {
    await server.close();
  }
}

/** The real app on `engine`, a generated practice, then the two requests measured as its clients. */
async function measureEngine(engine: Engine): Promise<Row[]> {
  const db = await engine.open();
  try {
    await migrate(db);
    const app = await buildApp({ db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const baseUrl = urlOf(app.server);
      const practice = await generatePractice(baseUrl, { clients: CLIENTS, onProgress: showProgress(engine.name) });
      console.log(`measuring ${engine.name}`);
      const me = await measure({ baseUrl, requests: practice.clients.map(readMe), seconds: SECONDS });
      const values = await measure({ baseUrl, requests: practice.clients.map(addValue), seconds: SECONDS });
      const generated = await generateGoals(baseUrl, practice, GOALS_PER_CLIENT, showProgress(engine.name, 'goals drafted'));
      const goalPage = await measure({ baseUrl, requests: generated.goals.slice(0, 200).flatMap(readGoalPage), seconds: SECONDS });
      const goalList = await measure({ baseUrl, requests: generated.active.map(listGoals), seconds: SECONDS });
      const checkIns = await measure({ baseUrl, requests: generated.active.map(addCheckIn), seconds: SECONDS });
      const goalCount = generated.goals.length.toLocaleString('en');
      return [
        { target: ME, engine: engine.name, result: me },
        { target: ADD_VALUE, engine: engine.name, result: values },
        { target: `${GOAL_PAGE} (${goalCount} goals)`, engine: engine.name, result: goalPage },
        { target: `${GOAL_LIST} (${GOALS_PER_CLIENT} each)`, engine: engine.name, result: goalList },
        { target: ADD_CHECK_IN, engine: engine.name, result: checkIns },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await engine.dispose(db);
  }
}

function readMe(client: Practice['clients'][number]): BenchRequest {
  return { method: 'GET', path: '/api/v1/me', headers: { cookie: client.cookie } };
}

function addValue(client: Practice['clients'][number]): BenchRequest {
  return {
    method: 'POST',
    path: `/api/v1/engagements/${client.engagementId}/values`,
    headers: { cookie: client.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'value', title: 'Honesty', description: 'Saying what I think, kindly.' }),
  };
}

/**
 * Issue 5's scale: 200 clients, 4,000 goals, 400,000 check-ins written in bulk, then the cascade
 * and progress endpoints read and check-ins posted through the real API.
 */
async function measureAtScale(
  engine: Engine,
): Promise<{
  description: string;
  rows: Row[];
  cascadeStatements: { computed: number; kept: number };
  routeStatements: Map<string, number>;
  inboxFirstLook: AloneTimes;
  cascadeComputed: AloneTimes;
  progressComputed: AloneTimes;
}> {
  const db = await engine.open();
  try {
    await migrate(db);
    const today = calendarDateIn('Europe/Riga', new Date());
    const started = performance.now();
    const practice = await generateLargePractice(db, { clients: 200, coaches: 2, checkInsPerGoal: 100, today, onProgress: (step) => console.log(`  scale: writing ${step}`) });
    const description = `${practice.clients.length} clients, ${practice.goals.toLocaleString('en')} goals, ${practice.checkIns.toLocaleString('en')} check-ins (written in ${Math.round((performance.now() - started) / 1000)} s)`;
    // The server measured runs in a process of its own (server.ts); one in this process, on the
    // same schema, serves the requests whose SQL statements are counted.
    const app = await buildApp({ db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const server = await startChildServer(engine.serverEnv ?? {});
    try {
      const baseUrl = server.url;
      const counted = urlOf(app.server);
      const cookie = (token: string) => ({ cookie: `tandem_session=${token}` });
      console.log('measuring postgres at scale');
      // Each busy route's statements, counted before any load (see big.ts), to set beside the big practice's.
      const routeStatements = await statementsOfRoutes(db, counted, practice);
      const cascadeRequests = practice.clients.map((client): BenchRequest => ({ method: 'GET', path: `/api/v1/engagements/${client.engagementId}/cascade`, headers: cookie(client.token) }));
      const progressOf = (from: number, to: number) =>
        practice.clients.flatMap((client) =>
          client.goalIds.slice(from, to).map((goalId): BenchRequest => ({ method: 'GET', path: `/api/v1/goals/${goalId}/progress`, headers: cookie(client.token) })),
        );
      const progressRequests = progressOf(0, 5);
      // Cascades and progress are kept per reader until their data changes (decision 018). First
      // with nothing kept, each asked at most once in the run (2,000 goals): every request
      // computes. The server is warmed first on the progress of other goals, as every other
      // target is warmed: a server's first second (connections opened, statements prepared on
      // each, code compiled) is not what a first look at a goal costs. Then as a reader looking
      // again, after each was looked at once.
      await measure({ baseUrl, requests: progressOf(10, 20), seconds: 1, warmupSeconds: 0 });
      await db.query('DELETE FROM kept_answers');
      const progressFirstLooks = await measure({ baseUrl, requests: progressOf(0, 10), seconds: 2, warmupSeconds: 0 });
      await lookOnce(baseUrl, [...cascadeRequests, ...progressRequests]);
      const cascade = await measure({ baseUrl, requests: cascadeRequests, seconds: SECONDS });
      const progress = await measure({ baseUrl, requests: progressRequests, seconds: SECONDS });
      // The same endpoints one request at a time: their own latency, without waiting in a queue.
      const cascadeAlone = await measure({ baseUrl, requests: cascadeRequests, seconds: SECONDS, connections: 1 });
      const progressAlone = await measure({ baseUrl, requests: progressRequests, seconds: SECONDS, connections: 1 });
      const checkIns = await measure({
        baseUrl,
        requests: practice.clients.map((client, index) => ({
          method: 'POST',
          path: `/api/v1/goals/${client.goalIds[index % client.goalIds.length]}/check-ins`,
          headers: { ...cookie(client.token), 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'metric', effectiveOn: today, confidence: 7, values: [{ metricId: client.metricIds[index % client.metricIds.length], value: 12 }] }),
        })),
        seconds: SECONDS,
      });
      // Issue 6: a coach's inbox across their 100 clients (2,000 goals): cascades, risk, reviews due.
      const inboxRequests = practice.coachTokens.map((token): BenchRequest => ({ method: 'GET', path: '/api/v1/inbox', headers: cookie(token) }));
      await warmInboxes(db, baseUrl, practice.coachTokens);
      const inbox = await measure({ baseUrl, requests: inboxRequests, seconds: SECONDS });
      const inboxAlone = await measure({ baseUrl, requests: inboxRequests, seconds: SECONDS, connections: 1 });
      // The inbox keeps what it drew of each client, and the whole answer, until their data
      // changes or the day turns (decisions 015 and 021): its first look of a day draws all 100
      // clients again. Timed one at a time.
      const inboxFirstLook = await timeAlone(baseUrl, inboxRequests, async () => {
        await db.query('DELETE FROM kept_inboxes');
        await db.query('DELETE FROM inbox_standings');
      });
      // Cascades and progress are kept per reader until their data changes or the day turns
      // (decision 018): what the first look after a change costs, timed one at a time.
      const clearKept = () => db.query('DELETE FROM kept_answers');
      const cascadeComputed = await timeAlone(baseUrl, cascadeRequests, clearKept);
      const progressComputed = await timeAlone(baseUrl, progressRequests, clearKept);
      await clearKept();
      const cascadeOfFirst = cascadeRequests[0];
      const cascadeStatements = cascadeOfFirst
        ? { computed: await countStatements(db, counted, cascadeOfFirst), kept: await countStatements(db, counted, cascadeOfFirst) }
        : { computed: 0, kept: 0 };

      return {
        description,
        rows: [
          { target: 'GET /api/v1/engagements/{id}/cascade', engine: 'postgres', result: cascade },
          { target: 'GET /api/v1/engagements/{id}/cascade, 1 connection', engine: 'postgres', result: cascadeAlone },
          { target: 'GET /api/v1/goals/{id}/progress, first look (computed)', engine: 'postgres', result: progressFirstLooks },
          { target: 'GET /api/v1/goals/{id}/progress', engine: 'postgres', result: progress },
          { target: 'GET /api/v1/goals/{id}/progress, 1 connection', engine: 'postgres', result: progressAlone },
          { target: 'POST /api/v1/goals/{id}/check-ins', engine: 'postgres', result: checkIns },
          { target: 'GET /api/v1/inbox (coach of 100 clients)', engine: 'postgres', result: inbox },
          { target: 'GET /api/v1/inbox (coach of 100), 1 connection', engine: 'postgres', result: inboxAlone },
        ],
        cascadeStatements,
        routeStatements,
        inboxFirstLook,
        cascadeComputed,
        progressComputed,
      };
    } finally {
      await server.close();
      await app.close();
    }
  } finally {
    await engine.dispose(db);
  }
}

/** How many SQL statements one request runs, counted at the database. */
type AloneTimes = { p50Ms: number; maxMs: number };

/** Ten requests one at a time, each after `prepare` (which clears what would be kept): p50 and slowest. */
async function timeAlone(baseUrl: string, requests: readonly BenchRequest[], prepare: () => Promise<unknown>): Promise<AloneTimes> {
  const times: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    const request = requests[(round * 7) % requests.length];
    if (!request) break;
    await prepare();
    const started = performance.now();
    await send(baseUrl, request);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: Math.round(times[5] ?? 0), maxMs: Math.round(times.at(-1) ?? 0) };
}

/** The two requests the goal page makes: the goal and its revision history. */
function readGoalPage(goal: GeneratedGoal): BenchRequest[] {
  return [
    { method: 'GET', path: `/api/v1/goals/${goal.goalId}`, headers: { cookie: goal.cookie } },
    { method: 'GET', path: `/api/v1/goals/${goal.goalId}/revisions`, headers: { cookie: goal.cookie } },
  ];
}

function listGoals(goal: GeneratedGoal): BenchRequest {
  return { method: 'GET', path: `/api/v1/engagements/${goal.engagementId}/goals`, headers: { cookie: goal.cookie } };
}

function addCheckIn(goal: GeneratedGoal & { metricId: string }): BenchRequest {
  return {
    method: 'POST',
    path: `/api/v1/goals/${goal.goalId}/check-ins`,
    headers: { cookie: goal.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'metric', effectiveOn: '2026-02-01', confidence: 7, values: [{ metricId: goal.metricId, value: 2 }] }),
  };
}

/** How many SMART assessments of the seed article's example one core makes per second. */
function measureSmartRate(): number {
  const draft = {
    title: 'Over the next 3 months, improve public speaking skills by delivering 5 company presentations and receiving an average score of 4 out of 5 on feedback forms',
    whyItMatters: 'I want to lead the product team within two years',
    horizon: 'quarter' as const,
    startsOn: '2026-03-10',
    dueOn: '2026-06-08',
    linkedValueCount: 1,
  };
  for (let warmUp = 0; warmUp < 2_000; warmUp += 1) assessSmart(draft, { locale: 'lv', today: '2026-03-10' });
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < 2_000) {
    assessSmart(draft, { locale: count % 2 === 0 ? 'en' : 'lv', today: '2026-03-10' });
    count += 1;
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

/** A schema of the run's own, dropped at the end, so the benchmark leaves the database as it found it. */
function postgresEngine(connectionString: string, maxConnections = POOL): Engine {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  return {
    name: 'postgres',
    open: () => openPostgres({ connectionString, schema, maxConnections }),
    serverEnv: { BENCH_SERVER_DATABASE_URL: connectionString, BENCH_SERVER_SCHEMA: schema, BENCH_SERVER_POOL: String(maxConnections) },
    async dispose(db) {
      await db.close();
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Why PostgreSQL cannot be used, or undefined when it answers. */
async function probePostgres(connectionString: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const [settings] = (
      await client.query<{ version: string; autovacuum: string; buffers: string }>(
        `SELECT current_setting('server_version') AS version, current_setting('autovacuum') AS autovacuum, current_setting('shared_buffers') AS buffers`,
      )
    ).rows;
    if (settings) {
      console.log(`PostgreSQL ${settings.version}: autovacuum ${settings.autovacuum}, shared_buffers ${settings.buffers} (the bench vacuums what it writes in bulk itself)`);
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function showProgress(engine: string, what = 'clients joined'): (done: number, total: number) => void {
  return (done, total) => {
    const line = `generating a practice on ${engine}: ${done}/${total} ${what}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done % Math.max(10, Math.round(total / 10)) === 0 || done === total) console.log(line);
  };
}

function printTable(rows: Row[], bareRequestsPerSecond: number): void {
  const header = ['target', 'engine', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'];
  // Each target's rows together, in the order targets were first measured; PGlite before PostgreSQL.
  const firstSeen = new Map<string, number>();
  rows.forEach((row, index) => firstSeen.set(row.target, Math.min(firstSeen.get(row.target) ?? index, index)));
  const engineRank = (row: Row) => (row.engine === 'pglite' ? 0 : 1);
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (firstSeen.get(a.row.target) ?? 0) - (firstSeen.get(b.row.target) ?? 0) || engineRank(a.row) - engineRank(b.row) || a.index - b.index)
    .map(({ row }) => row);
  const body = sorted.map((row) => [
    row.target,
    row.engine,
    Math.round(row.result.requestsPerSecond).toLocaleString('en-US'),
    formatMs(row.result.p50Ms),
    formatMs(row.result.p99Ms),
    `${(row.result.requestsPerSecond / bareRequestsPerSecond).toFixed(3)}x`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)));
  const format = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of body) console.log(format(cells));
}

/** The big practice in a schema of its own, dropped afterwards. */
async function measureBig(engine: Engine) {
  console.log(`\nwriting the big practice of issue 8 (${BIG.coaches} coaches, ${BIG.clients.toLocaleString('en')} clients)`);
  const db = await engine.open();
  try {
    return await measureBigPractice(db, {
      seconds: SECONDS,
      urlOf: (app) => urlOf(app.server),
      serverEnv: engine.serverEnv ?? {},
      postgresHere: isOnThisMachine(POSTGRES_URL),
    });
  } finally {
    await engine.dispose(db);
  }
}

function printBigTable(rows: BigRow[], bareRequestsPerSecond: number, smaller: Map<string, number> | undefined): void {
  const cores = os.cpus().length;
  const header = ['route', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'statements', 'at 4,000 goals', 'CPU ms: server', 'PostgreSQL', 'bench', 'mean >= ms'];
  const cpuCell = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(2));
  const body = rows.map((row) => {
    const cpu = row.result.cpu;
    const total = cpu?.server !== undefined && cpu.postgres !== undefined ? cpu.server + cpu.postgres + cpu.loadGenerator : undefined;
    return [
      row.target,
      Math.round(row.result.requestsPerSecond).toLocaleString('en-US'),
      formatMs(row.result.p50Ms),
      formatMs(row.result.p99Ms),
      `${(row.result.requestsPerSecond / bareRequestsPerSecond).toFixed(3)}x`,
      row.keptStatements === undefined ? String(row.statements) : `${row.statements} (${row.keptStatements} kept)`,
      String(smaller?.get(row.route) ?? '-'),
      cpuCell(cpu?.server),
      cpuCell(cpu?.postgres),
      cpuCell(cpu?.loadGenerator),
      // Little's law: 32 connections always waiting, answered at most cores / CPU-per-request a
      // millisecond, wait on average at least 32 x CPU per request / cores.
      total === undefined ? '-' : String(Math.round((BIG.connections * total) / cores)),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of body) console.log(format(cells));
  console.log(
    `CPU ms: what one request cost the server's process, all of PostgreSQL's processes and the bench's own (the load generator), from /proc; ` +
      `mean >= ms: the least average latency those costs allow ${BIG.connections} connections on ${cores} cores (${BIG.connections} x their sum / ${cores}, Little's law).`,
  );
}

function formatMs(ms: number): string {
  return ms < 1 ? '<1' : String(ms);
}

function formatRss(): string {
  return `${Math.round(process.memoryUsage.rss() / 1024 / 1024)} MiB`;
}

function formatLoad(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');
}

function urlOf(server: Server): string {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server is not listening on a TCP port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * This machine's PostgreSQL: through its Unix socket when there is one (as an app server on the
 * database's own machine should connect: no TCP stack on either side), else on 127.0.0.1.
 */
function localPostgresUrl(): string {
  const socketDir = '/var/run/postgresql';
  return existsSync(`${socketDir}/.s.PGSQL.5432`) ? `postgres://${encodeURIComponent(socketDir)}/test` : 'postgres://127.0.0.1:5432/test';
}

/** Whether a PostgreSQL URL names a server on this machine (a Unix socket, or a loopback address). */
function isOnThisMachine(url: string): boolean {
  const host = decodeURIComponent(new URL(url).hostname);
  return host === '' || host.startsWith('/') || ['localhost', '127.0.0.1', '[::1]', '::1'].includes(host);
}

/**
 * node-postgres takes a URL without a user name from $USER, which is empty in some shells and
 * containers; psql and libpq take the operating-system user. Do as they do.
 */
function withDefaultUser(url: string): string {
  const parsed = new URL(url);
  if (parsed.username || process.env.PGUSER || process.env.USER) return url;
  parsed.username = encodeURIComponent(os.userInfo().username);
  return parsed.toString();
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}

function readPositiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
