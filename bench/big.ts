// Issue 8's big practice: 50 coaches, 1,000 clients, 20,000 goals and 2,000,000 check-ins on
// PostgreSQL, then the ten routes people use most (a goal's check-ins twice: the page its timeline
// shows first, and all of them) and the owner's look at the whole practice (a page of its
// engagements, a search, its coaches, and the list asked for without a limit), each under 32 concurrent connections, with the
// SQL statements each request runs and the server's memory. The practice is written in bulk (as
// in scale.ts); everything measured goes through the real HTTP API.
import { Presets, SingleBar } from 'cli-progress';
import { calendarDateIn } from '@tandem/core';
import { buildApp, migrate, type Database } from '@tandem/server';
import { startChildServer } from './child-server.ts';
import { measure, send, type BenchRequest, type Measurement } from './measure.ts';
import { generateLargePractice, type LargePractice } from './scale.ts';

export const BIG = { coaches: 50, clients: 1_000, checkInsPerGoal: 100, connections: 32 } as const;

/** A row of the table: `route` names the route whose statements at 4,000 goals it is set beside. */
export type BigRow = { target: string; route: string; result: Measurement; statements: number; keptStatements?: number | undefined };

type Route = { target: string; requests: BenchRequest[] };

const PROGRESS = 'GET /api/v1/goals/{id}/progress';
const GOAL_LIST = 'GET /api/v1/engagements/{id}/goals';
const CASCADE = 'GET /api/v1/engagements/{id}/cascade';
const CHECK_IN = 'POST /api/v1/goals/{id}/check-ins';
/** How many engagements a page of the owner's practice page shows (PAGE_SIZE in the web app's practice-filter.ts). */
const PRACTICE_PAGE = 25;
/** How many check-ins a goal's timeline in the web app asks for at first. */
const TIMELINE_PAGE = 20;
/**
 * The routes whose answers are kept per reader, whose first looks are measured on their own: the
 * keys their answers are kept under (kept_answers.key), to clear those and no other route's.
 */
const FIRST_LOOKS = new Map([
  [GOAL_LIST, "key = 'goals'"],
  [CASCADE, "key = 'cascade'"],
  [PROGRESS, "key LIKE 'progress:%'"],
]);

/**
 * The ten routes people use most (the check-in list as a page and whole) and the owner's practice
 * page, each spread over many people (or pages) so that no one row is hammered.
 */
function busiestRoutes(practice: LargePractice, today: string): Route[] {
  const cookie = (token: string) => ({ cookie: `tandem_session=${token}` });
  const clients = practice.clients;
  const owner = practice.coachTokens[0] ?? '';
  const goalsOf = (take: number) => clients.flatMap((client) => client.goalIds.slice(0, take).map((goalId) => ({ client, goalId })));
  return [
    { target: 'GET /api/v1/me', requests: clients.map((client) => ({ method: 'GET', path: '/api/v1/me', headers: cookie(client.token) })) },
    { target: 'GET /api/v1/inbox (coach of 20 clients)', requests: practice.coachTokens.map((token) => ({ method: 'GET', path: '/api/v1/inbox', headers: cookie(token) })) },
    { target: 'GET /api/v1/engagements (coach)', requests: practice.coachTokens.map((token) => ({ method: 'GET', path: '/api/v1/engagements', headers: cookie(token) })) },
    // The owner's practice page (the first coach owns the practice): every page of 25 of the
    // 1,000 engagements, searches by part of a client's name, and the coaches with their counts...
    {
      target: `GET /api/v1/engagements?limit=${PRACTICE_PAGE}&offset= (owner)`,
      requests: Array.from({ length: Math.ceil(clients.length / PRACTICE_PAGE) }, (_, page) => ({
        method: 'GET',
        path: `/api/v1/engagements?limit=${PRACTICE_PAGE}&offset=${page * PRACTICE_PAGE}`,
        headers: cookie(owner),
      })),
    },
    {
      target: `GET /api/v1/engagements?q=&limit=${PRACTICE_PAGE} (owner)`,
      // Part of a name (the bench's clients are "Client 1" to "Client 1000"), in another case.
      requests: Array.from({ length: 100 }, (_, index) => ({ method: 'GET', path: `/api/v1/engagements?q=client%20${index + 1}&limit=${PRACTICE_PAGE}`, headers: cookie(owner) })),
    },
    { target: 'GET /api/v1/practice/coaches (owner)', requests: [{ method: 'GET', path: '/api/v1/practice/coaches', headers: cookie(owner) }] },
    // ...and the list asked for without `limit`, as an API client may: its first page of 100
    // (decision 032; until then the whole practice, 1,000 engagements, in one answer).
    { target: 'GET /api/v1/engagements (owner, no limit: first 100)', requests: [{ method: 'GET', path: '/api/v1/engagements', headers: cookie(owner) }] },
    {
      target: GOAL_LIST,
      requests: clients.map((client) => ({ method: 'GET', path: `/api/v1/engagements/${client.engagementId}/goals`, headers: cookie(client.token) })),
    },
    {
      target: CASCADE,
      requests: clients.map((client) => ({ method: 'GET', path: `/api/v1/engagements/${client.engagementId}/cascade`, headers: cookie(client.token) })),
    },
    { target: 'GET /api/v1/goals/{id}', requests: goalsOf(3).map(({ client, goalId }) => ({ method: 'GET', path: `/api/v1/goals/${goalId}`, headers: cookie(client.token) })) },
    {
      target: 'GET /api/v1/goals/{id}/revisions',
      requests: goalsOf(3).map(({ client, goalId }) => ({ method: 'GET', path: `/api/v1/goals/${goalId}/revisions`, headers: cookie(client.token) })),
    },
    {
      target: PROGRESS,
      requests: goalsOf(3).map(({ client, goalId }) => ({ method: 'GET', path: `/api/v1/goals/${goalId}/progress`, headers: cookie(client.token) })),
    },
    {
      // The page of a goal's latest check-ins that its timeline asks for first (CHECK_IN_PAGE in
      // the web app's progress-queries.ts)...
      target: `GET /api/v1/goals/{id}/check-ins?limit=${TIMELINE_PAGE}`,
      requests: goalsOf(3).map(({ client, goalId }) => ({ method: 'GET', path: `/api/v1/goals/${goalId}/check-ins?limit=${TIMELINE_PAGE}`, headers: cookie(client.token) })),
    },
    {
      // ...and all 100 of them, as an export or a script reads them.
      target: 'GET /api/v1/goals/{id}/check-ins',
      requests: goalsOf(3).map(({ client, goalId }) => ({ method: 'GET', path: `/api/v1/goals/${goalId}/check-ins`, headers: cookie(client.token) })),
    },
    {
      target: CHECK_IN,
      requests: clients.map((client, index) => ({
        method: 'POST',
        path: `/api/v1/goals/${client.goalIds[index % client.goalIds.length]}/check-ins`,
        headers: { ...cookie(client.token), 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'metric', effectiveOn: today, confidence: 7, values: [{ metricId: client.metricIds[index % client.metricIds.length], value: 12 }] }),
      })),
    },
  ];
}

/** Issue 8's targets for the big practice. */
const TARGETS = { readP99Ms: 100, checkInsPerSecond: 1_000 } as const;

/**
 * How a run of the big practice stands against issue 8's targets, one line each: every read
 * route's p99 under 100 ms (first looks included), 1,000 check-ins a second, and no route whose
 * statement count grows with the data (its count at 4,000 goals, `smaller`, set beside it).
 */
export function targetLines(rows: readonly BigRow[], smaller: ReadonlyMap<string, number> | undefined): string[] {
  const reads = rows.filter((row) => row.route.startsWith('GET '));
  const slow = reads.filter((row) => row.result.p99Ms >= TARGETS.readP99Ms);
  const worst = reads.reduce<BigRow | undefined>((top, row) => (top && top.result.p99Ms >= row.result.p99Ms ? top : row), undefined);
  const checkIns = rows.find((row) => row.route === CHECK_IN);
  const grown = smaller ? rows.filter((row) => smaller.has(row.route) && row.statements > (smaller.get(row.route) ?? 0)) : [];
  const lines = [
    slow.length === 0
      ? `read routes p99 under ${TARGETS.readP99Ms} ms: met by all ${reads.length} reads measured${worst ? ` (highest: ${worst.target}, ${worst.result.p99Ms} ms)` : ''}`
      : `read routes p99 under ${TARGETS.readP99Ms} ms: missed by ${slow.length} of the ${reads.length} reads measured (${slow.map((row) => `${row.target} ${row.result.p99Ms} ms`).join('; ')})`,
  ];
  if (checkIns) {
    const rate = Math.round(checkIns.result.requestsPerSecond);
    lines.push(`at least ${TARGETS.checkInsPerSecond.toLocaleString('en')} check-ins a second: ${rate >= TARGETS.checkInsPerSecond ? 'met' : 'missed'} (${rate.toLocaleString('en')})`);
  }
  if (smaller) {
    lines.push(
      grown.length === 0
        ? 'no statement count growing with the data: held (each route runs as many statements as at 4,000 goals)'
        : `statement counts that grew with the data: ${grown.map((row) => `${row.target} ${smaller.get(row.route)} -> ${row.statements}`).join('; ')}`,
    );
  }
  return lines;
}

/** Sends each request once, eight at a time: what readers have looked at before. */
export async function lookOnce(baseUrl: string, requests: readonly BenchRequest[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let request = requests[next++]; request; request = requests[next++]) {
        await send(baseUrl, request);
      }
    }),
  );
}

/** How many SQL statements one request runs, counted at the database. */
export async function countStatements(db: Database, baseUrl: string, request: BenchRequest): Promise<number> {
  const original = db.transaction.bind(db);
  let statements = 0;
  db.transaction = (work) => original((tx) => work({ query: (text, params) => ((statements += 1), tx.query(text, params)), exec: tx.exec }));
  try {
    await send(baseUrl, request);
    return statements;
  } finally {
    db.transaction = original;
  }
}

function checkInBar(): { update(written: number, total: number): void; stop(): void } {
  if (!process.stdout.isTTY) {
    let shown = 0;
    return {
      update(written, total) {
        const percent = Math.floor((100 * written) / total);
        if (percent >= shown + 10 || written === total) {
          shown = percent;
          console.log(`  big: ${written.toLocaleString('en')} of ${total.toLocaleString('en')} check-ins written (${percent}%)`);
        }
      },
      stop() {},
    };
  }
  const bar = new SingleBar({ format: '  big: check-ins {bar} {percentage}% {value}/{total} ({eta}s left)', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    update(written, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(written);
    },
    stop: () => bar.stop(),
  };
}

/**
 * Each coach looks at their inbox once, which draws and keeps every client's standing
 * (decision 015), and the kept rows are vacuumed and their statistics taken, as autovacuum does
 * within a minute (migration 0016): what is then measured is the inbox of a coach who looked before today, as
 * most looks are. The first look of a day is timed on its own.
 */
export async function warmInboxes(db: Database, baseUrl: string, coachTokens: readonly string[]): Promise<void> {
  for (const token of coachTokens) await send(baseUrl, { method: 'GET', path: '/api/v1/inbox', headers: { cookie: `tandem_session=${token}` } });
  await db.query('VACUUM (ANALYZE) inbox_standings, inbox_standing_items, kept_inboxes');
}

/** The SQL statements of one request of each route, on a practice already written. */
export async function statementsOfRoutes(db: Database, baseUrl: string, practice: LargePractice): Promise<Map<string, number>> {
  const today = calendarDateIn('Europe/Riga', new Date());
  const counts = new Map<string, number>();
  for (const route of busiestRoutes(practice, today)) {
    const first = route.requests[0];
    if (first) counts.set(route.target, await countStatements(db, baseUrl, first));
  }
  return counts;
}

/**
 * Writes the big practice into `db` and measures the routes at 32 connections. The statement
 * counts are compared with a client of the same shape in the small practices of the other runs
 * by the caller: a route whose count grew with the data would show it.
 */
export async function measureBigPractice(
  db: Database,
  options: {
    seconds: number;
    urlOf: (app: Awaited<ReturnType<typeof buildApp>>) => string;
    serverEnv: Record<string, string>;
    /** Whether `db` is a PostgreSQL on this machine, whose CPU can be read. */
    postgresHere: boolean;
  },
) {
  await migrate(db);
  const today = calendarDateIn('Europe/Riga', new Date());
  const started = performance.now();
  const bar = checkInBar();
  const practice = await generateLargePractice(db, {
    ...BIG,
    today,
    onProgress: (step) => console.log(`  big: writing ${step}`),
    onCheckIns: (written, total) => bar.update(written, total),
  });
  bar.stop();
  const description = `${BIG.coaches} coaches, ${practice.clients.length.toLocaleString('en')} clients, ${practice.goals.toLocaleString('en')} goals, ${practice.checkIns.toLocaleString('en')} check-ins (written in ${Math.round((performance.now() - started) / 1000)} s)`;
  // The server measured runs in a process of its own (server.ts), as in service; one in this
  // process, on the same schema, serves the requests whose SQL statements are counted.
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const server = await startChildServer(options.serverEnv);
  try {
    const baseUrl = server.url;
    const counted = options.urlOf(app);
    // Counted before any load: a request cut off at the end of a run still finishing its
    // statements would be counted with the next route's.
    const statements = await statementsOfRoutes(db, counted, practice);
    await warmInboxes(db, baseUrl, practice.coachTokens);
    const rows: BigRow[] = [];
    const load = (route: Route) => ({ baseUrl, requests: route.requests, seconds: options.seconds, connections: BIG.connections, cpu: { serverPid: server.pid, postgresHere: options.postgresHere } });
    const routes = busiestRoutes(practice, today);
    for (const route of routes) {
      const keptUnder = FIRST_LOOKS.get(route.target);
      if (keptUnder) {
        // A goal list, a cascade and a goal's progress are kept per reader until their data
        // changes, or for a cascade and progress the day does (decisions 018, 021, 026). First
        // looks: after the warm-up, what it kept of this route is cleared (only this route's: the
        // goal lists kept earlier are measured again after the check-ins), and each request of the
        // route (1,000 engagements, 3,000 goals) is sent exactly once, so every one computes, as on a morning
        // when every reader looks for the first time that day (for goal lists, as if every
        // engagement's goals had just changed). Then each is looked at once more (kept), and
        // measured as a reader looking again.
        console.log(`  big: measuring ${route.target}, first looks`);
        const firstLooks = await measure({ ...load(route), once: true, beforeRun: () => db.query(`DELETE FROM kept_answers WHERE ${keptUnder}`).then(() => undefined) });
        rows.push({ target: `${route.target}, first look (computed)`, route: route.target, result: firstLooks, statements: statements.get(route.target) ?? 0 });
        await lookOnce(baseUrl, route.requests);
      }
      console.log(`  big: measuring ${route.target}`);
      const result = await measure(load(route));
      // A read that gives what it kept (inbox, goal list, cascade, progress) runs fewer statements than the
      // first count, taken before anything was kept: counted again after the run.
      const first = route.requests[0];
      const again = first?.method === 'GET' ? await countStatements(db, counted, first) : undefined;
      const computed = statements.get(route.target) ?? 0;
      rows.push({ target: route.target, route: route.target, result, statements: computed, keptStatements: again !== computed ? again : undefined });
    }
    // The check-ins just posted (every client's, several each) change no goal list: each is still
    // given as it was kept (decision 026), where before it was computed again after every check-in.
    const goalList = routes.find((route) => route.target === GOAL_LIST);
    if (goalList) {
      console.log(`  big: measuring ${GOAL_LIST}, after the check-ins`);
      const result = await measure(load(goalList));
      const first = goalList.requests[0];
      const kept = first ? await countStatements(db, counted, first) : undefined;
      rows.push({ target: `${GOAL_LIST}, after the check-ins`, route: GOAL_LIST, result, statements: statements.get(GOAL_LIST) ?? 0, keptStatements: kept });
    }
    const memory = await server.memory();
    return { description, rows, rssMiB: Math.round(memory.rss / 2 ** 20), heapMiB: Math.round(memory.heapUsed / 2 ** 20) };
  } finally {
    await server.close();
    await app.close();
  }
}
