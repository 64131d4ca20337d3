// Test support for the server and the CLI: a real database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), the real app listening on a real port, a small HTTP client with a
// cookie jar, and factories that build whatever parents a test needs through the API itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { setDatabaseContext } from '../src/context.ts';
import { openPglite, openPostgres, type Database, type Sql } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp, type TandemApp } from '../src/http/app.ts';
import { createMailer } from '../src/mail/mailer.ts';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names one. */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export type TestDatabase = Database & { schema?: string; drop(): Promise<void> };

/** A fresh, migrated database: in-memory PGlite, or a schema of its own on the test PostgreSQL. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return Object.assign(db, { drop: () => db.close() });
  }
  const connectionString = process.env.TEST_DATABASE_URL;
  if (!connectionString) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres({ connectionString, schema, maxConnections: 5 });
  await migrate(db);
  return Object.assign(db, {
    schema,
    async drop() {
      await db.close();
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  });
}

/** A clock a test can set and move. */
export function fixedClock(start: string | Date) {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set(to: string | Date) {
      now = new Date(to);
    },
    advanceMinutes(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  });
}

export type TestServer = {
  app: TandemApp;
  db: TestDatabase;
  url: string;
  /** The folder the server's emails are written to (the development outbox). */
  outboxDir: string;
  close(): Promise<void>;
};

/** The real app on a real port over a fresh database, writing its emails to an outbox of its own. */
export async function startTestServer(engine: Engine, options: { clock?: () => Date; trustProxy?: boolean; webDist?: string } = {}): Promise<TestServer> {
  const db = await openTestDatabase(engine);
  const outboxDir = await mkdtemp(join(tmpdir(), 'tandem-test-outbox-'));
  const app = await buildApp({
    db,
    mailer: createMailer({ from: 'Tandem <no-reply@tandem.test>', outboxDir }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.trustProxy ? { trustProxy: true } : {}),
    ...(options.webDist ? { webDist: options.webDist } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    outboxDir,
    async close() {
      await app.close();
      await db.drop();
      await rm(outboxDir, { recursive: true, force: true });
    },
  };
}

/** The emails to `to` in an outbox folder, oldest first, as written (.eml source). */
export async function emailsTo(outboxDir: string, to: string): Promise<string[]> {
  const names = (await readdir(outboxDir)).filter((name) => name.endsWith(`-${to.toLowerCase()}.eml`)).sort();
  return Promise.all(names.map((name) => readFile(join(outboxDir, name), 'utf8')));
}

/** The text of an .eml as a person reads it: quoted-printable soft breaks and escapes undone. */
export function readableText(eml: string): string {
  if (!/^Content-Transfer-Encoding: quoted-printable$/im.test(eml)) return eml;
  const bytes = eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Waits for the `count`-th email to `to` (emails are sent after the answer) and returns it. */
export async function waitForEmail(outboxDir: string, to: string, count = 1): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    const emails = await emailsTo(outboxDir, to);
    const email = emails[count - 1];
    if (email) return email;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no email number ${count} to ${to} in ${outboxDir}`);
}

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers };

/** An HTTP client for one person: it keeps their session cookie like a browser does. */
export class Browser {
  cookie: string | undefined;
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('tandem_session=')) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value === 'tandem_session=' ? undefined : value;
    }
    const text = await response.text();
    // JSON (and problem+json) is parsed; a page or a file (HTML, iCalendar) stays text.
    const isJson = /json/.test(response.headers.get('content-type') ?? 'application/json');
    return { status: response.status, body: text ? (isJson ? JSON.parse(text) : text) : null, headers: response.headers };
  }

  /** The same person on another server: their session cookie, carried over. */
  withCookie(cookie: string | undefined): this {
    this.cookie = cookie;
    return this;
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
}

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(3).toString('hex')}@example.test`;
}

export const PASSWORD = 'correct horse battery';

/** A coach with a practice of their own, signed in. */
export async function signUpCoach(server: { url: string }, overrides: Partial<{ name: string; email: string; practiceName: string }> = {}) {
  const browser = new Browser(server.url);
  const email = overrides.email ?? uniqueEmail('coach');
  const response = await browser.post('/api/v1/auth/signup', {
    name: overrides.name ?? 'Coach Carter',
    email,
    password: PASSWORD,
    practiceName: overrides.practiceName ?? 'Carter Coaching',
  });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { browser, email, me: response.body };
}

/** The coach invites a client, who accepts in a browser of their own. */
export async function inviteClient(server: { url: string }, coach: Browser, name = 'Client Kalniņa') {
  const email = uniqueEmail('client');
  const invited = await coach.post('/api/v1/engagements', { clientName: name, clientEmail: email });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = String(invited.body.inviteUrl).split('/').pop() ?? '';
  const client = new Browser(server.url);
  const accepted = await client.post(`/api/v1/invitations/${token}/accept`, { name, password: PASSWORD });
  if (accepted.status !== 201) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { client, email, engagementId: invited.body.id as string, token, me: accepted.body };
}

/** A coach and a client who joined their engagement: the parents most goal tests need. */
export async function coachAndClient(server: { url: string }) {
  const coach = (await signUpCoach(server)).browser;
  const joined = await inviteClient(server, coach);
  return { coach, client: joined.client, engagementId: joined.engagementId };
}

/** A goal the client drafts and both sides agree to: active. Returns its id. */
export async function activateGoal(sides: { coach: Browser; client: Browser }, engagementId: string, words: object): Promise<string> {
  const draft = await sides.client.post(`/api/v1/engagements/${engagementId}/goals`, words);
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status} ${JSON.stringify(draft.body)}`);
  const agreement = { revisionId: draft.body.pendingRevision.id, decision: 'agree' };
  await sides.client.post(`/api/v1/goals/${draft.body.id}/agreements`, agreement);
  const active = await sides.coach.post(`/api/v1/goals/${draft.body.id}/agreements`, agreement);
  if (active.body.state !== 'active') throw new Error(`goal not active: ${JSON.stringify(active.body)}`);
  return draft.body.id;
}

/** Someone as row-level security knows them. */
export type Person = { userId: string; practiceId: string; role: 'owner' | 'coach' | 'client' };

/** Runs SQL the way a request does: as tandem_app, with the person set for row-level security. */
export function asPerson<T>(server: { db: Database }, person: Person, work: (tx: Sql) => Promise<T>): Promise<T> {
  return server.db.transaction(async (tx) => {
    await tx.query('SET LOCAL ROLE tandem_app');
    await setDatabaseContext(tx, person);
    return work(tx);
  });
}

/**
 * A coach who signed up elsewhere is moved into the practice as a coach, straight in the database:
 * quicker than an invitation (practice.test.ts covers those), and the practice they left remains.
 */
export async function joinAsCoach(server: { url: string; db: Database }, practiceId: string, name: string) {
  const joined = await signUpCoach(server, { name, practiceName: `${name}'s old practice` });
  const userId = joined.me.user.id as string;
  await server.db.query(`UPDATE memberships SET practice_id = $1, role = 'coach' WHERE user_id = $2`, [practiceId, userId]);
  await server.db.query('UPDATE auth_sessions SET practice_id = $1 WHERE user_id = $2', [practiceId, userId]);
  return { browser: joined.browser, person: { userId, practiceId, role: 'coach' as const }, leftPracticeId: joined.me.practice.id as string };
}

/**
 * A practice of four: its owner, a coach with a client in one engagement, and another coach of the
 * practice who takes no part in it; what confidentiality tests need to ask "who else could see?".
 */
export async function practiceOfFour(server: { url: string; db: Database }) {
  const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
  const practiceId = founder.me.practice.id as string;
  const engaged = await joinAsCoach(server, practiceId, 'Carla Coach');
  const bystander = await joinAsCoach(server, practiceId, 'Dan Other');
  const joined = await inviteClient(server, engaged.browser, 'Kārlis Client');
  const people: Record<'owner' | 'coach' | 'otherCoach' | 'client', Person> = {
    owner: { userId: founder.me.user.id, practiceId, role: 'owner' },
    coach: engaged.person,
    otherCoach: bystander.person,
    client: { userId: joined.me.user.id, practiceId, role: 'client' },
  };
  return { owner: founder.browser, coach: engaged.browser, otherCoach: bystander.browser, client: joined.client, engagementId: joined.engagementId, people };
}

/**
 * Runs `look` with every SQL statement of the database's transactions shown to `onStatement`
 * first, and returns what `look` returns.
 */
export async function watchingStatements<T>(db: Database, onStatement: (text: string) => void, look: () => Promise<T>): Promise<T> {
  const original = db.transaction.bind(db);
  db.transaction = (work) =>
    original((tx) =>
      work({
        query: (text, params) => (onStatement(text), tx.query(text, params)),
        exec: tx.exec,
      }),
    );
  try {
    return await look();
  } finally {
    db.transaction = original;
  }
}
