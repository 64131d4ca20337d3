// A large practice written in bulk: issue 5 asks for 200 clients (two coaches of 100 each, issue 6) and issue 8 for 1,000 clients of 50 coaches. Each client has 20 goals in a cascade (one 12-month goal,
// four 90-day goals, fifteen 30-day goals each), one metric per goal and 100 check-ins per goal
// (400,000 and 2,000,000). Written straight into the database in bulk, as the migration role: going through
// the API would take most of an hour, and what is measured is reading it back through the API.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { addCalendarDays, assessSmart } from '@tandem/core';
import type { Database } from '@tandem/server';

export type LargePractice = {
  /** The coaches' sessions; clients are shared out among them in turn. */
  coachTokens: string[];
  clients: { token: string; engagementId: string; goalIds: string[]; metricIds: string[] }[];
  goals: number;
  checkIns: number;
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Inserts rows in chunks through unnest(), one array per column. */
async function insertMany(
  db: Database,
  table: string,
  columns: { name: string; type: string }[],
  rows: unknown[][],
  derived?: { extraColumns: string[]; from: (unnest: string) => string },
): Promise<void> {
  const chunk = 20_000;
  const names = [...columns.map((c) => c.name), ...(derived?.extraColumns ?? [])].join(', ');
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const arrays = columns.map((_, index) => part.map((row) => row[index]));
    const unnest = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
    const select = derived ? derived.from(unnest) : `SELECT * FROM unnest(${unnest})`;
    await db.query(`INSERT INTO ${table} (${names}) ${select}`, arrays);
  }
}

export async function generateLargePractice(
  db: Database,
  options: {
    clients: number;
    coaches: number;
    checkInsPerGoal: number;
    today: string;
    onProgress?: (step: string) => void;
    /** Check-ins written so far of all: for a progress bar over the longest step. */
    onCheckIns?: (written: number, total: number) => void;
  },
): Promise<LargePractice> {
  const { today } = options;
  const now = new Date(`${today}T12:00:00Z`);
  const practiceId = randomUUID();
  const coaches = Array.from({ length: options.coaches }, (_, index) => ({
    userId: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    name: `Bench Coach ${index + 1}`,
    email: `coach.${index + 1}.${practiceId.slice(0, 8)}@bench.test`,
  }));
  const coachOf = (index: number) => coaches[index % coaches.length]?.userId;
  const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLWF0LWFsbC1qdXN0LWJlbmNo';
  await db.query('INSERT INTO practices (id, name) VALUES ($1, $2)', [practiceId, 'Large Bench Practice']);
  const clients = Array.from({ length: options.clients }, (_, index) => ({
    userId: randomUUID(),
    engagementId: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    name: `Client ${index + 1}`,
    email: `client.${index + 1}.${practiceId.slice(0, 8)}@bench.test`,
  }));
  options.onProgress?.('people and engagements');
  await insertMany(db, 'users', [
    { name: 'id', type: 'uuid' }, { name: 'email', type: 'text' }, { name: 'name', type: 'text' }, { name: 'password_hash', type: 'text' },
  ], [...coaches, ...clients].map((person) => [person.userId, person.email, person.name, passwordHash]));
  await insertMany(db, 'memberships', [
    { name: 'practice_id', type: 'uuid' }, { name: 'user_id', type: 'uuid' }, { name: 'role', type: 'text' },
  ], [...coaches.map((c, index) => [practiceId, c.userId, index === 0 ? 'owner' : 'coach']), ...clients.map((c) => [practiceId, c.userId, 'client'])]);
  await insertMany(db, 'engagements', [
    { name: 'id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'coach_id', type: 'uuid' }, { name: 'client_id', type: 'uuid' },
    { name: 'status', type: 'text' }, { name: 'started_on', type: 'date' },
  ], clients.map((c, index) => [c.engagementId, practiceId, coachOf(index), c.userId, 'active', addCalendarDays(today, -300)]));
  await insertMany(db, 'auth_sessions', [
    { name: 'token_hash', type: 'text' }, { name: 'user_id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'expires_at', type: 'timestamptz' },
  ], [...clients, ...coaches].map((c) => [hash(c.token), c.userId, practiceId, new Date(now.getTime() + 30 * 86_400_000)]));

  // Each client's cascade: a year goal, four quarters under it, fifteen months under those.
  type Planned = { id: string; parent: string | null; horizon: 'year' | 'quarter' | 'month'; startsIn: number; dueIn: number };
  const plan = (): Planned[] => {
    const year: Planned = { id: randomUUID(), parent: null, horizon: 'year', startsIn: -300, dueIn: 64 };
    const quarters = [0, 1, 2, 3].map((q): Planned => ({ id: randomUUID(), parent: year.id, horizon: 'quarter', startsIn: -300 + q * 90, dueIn: -211 + q * 90 }));
    const months = quarters.flatMap((quarter, q) =>
      Array.from({ length: q === 3 ? 3 : 4 }, (_, m): Planned => ({ id: randomUUID(), parent: quarter.id, horizon: 'month', startsIn: quarter.startsIn + m * 22, dueIn: quarter.startsIn + m * 22 + 21 })),
    );
    return [year, ...quarters, ...months];
  };
  const smart = JSON.stringify({
    en: assessSmart({ title: 'Deliver 5 company presentations', horizon: 'quarter' }, { locale: 'en', today }),
    lv: assessSmart({ title: 'Deliver 5 company presentations', horizon: 'quarter' }, { locale: 'lv', today }),
  });
  const goalRows: unknown[][] = [];
  const revisionRows: unknown[][] = [];
  const metricRows: unknown[][] = [];
  const result: LargePractice['clients'] = [];
  const planned = new Map<string, Planned[]>();
  for (const client of clients) {
    const goals = plan();
    const metricIds: string[] = [];
    for (const goal of goals) {
      const startsOn = addCalendarDays(today, goal.startsIn);
      const dueOn = addCalendarDays(today, goal.dueIn);
      const metricId = randomUUID();
      metricIds.push(metricId);
      goalRows.push([goal.id, practiceId, client.engagementId, goal.parent, goal.horizon, client.userId, now, now]);
      revisionRows.push([practiceId, client.engagementId, goal.id, goal.parent, 1, '', client.userId, 'client', now, `Deliver presentations (${goal.horizon})`, goal.horizon, startsOn, dueOn, smart]);
      metricRows.push([metricId, practiceId, client.engagementId, goal.id, 'Presentations', 'number', 0, startsOn, 20, client.userId, now]);
    }
    planned.set(client.engagementId, goals);
    result.push({ token: client.token, engagementId: client.engagementId, goalIds: goals.map((goal) => goal.id), metricIds });
  }
  options.onProgress?.(`${goalRows.length.toLocaleString('en')} goals`);
  await insertMany(db, 'goals', [
    { name: 'id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'engagement_id', type: 'uuid' }, { name: 'parent_id', type: 'uuid' },
    { name: 'horizon', type: 'text' }, { name: 'created_by', type: 'uuid' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
  ], goalRows);
  await insertMany(db, 'goal_revisions', [
    { name: 'practice_id', type: 'uuid' }, { name: 'engagement_id', type: 'uuid' }, { name: 'goal_id', type: 'uuid' }, { name: 'parent_id', type: 'uuid' }, { name: 'number', type: 'int' }, { name: 'reason', type: 'text' },
    { name: 'author_id', type: 'uuid' }, { name: 'author_side', type: 'text' }, { name: 'created_at', type: 'timestamptz' }, { name: 'title', type: 'text' }, { name: 'horizon', type: 'text' }, { name: 'starts_on', type: 'date' },
    { name: 'due_on', type: 'date' }, { name: 'smart', type: 'jsonb' },
  ], revisionRows);
  await db.query(
    `UPDATE goals g SET state = 'active', active_revision_id = r.id, activated_at = g.created_at
       FROM goal_revisions r WHERE r.goal_id = g.id AND g.practice_id = $1`,
    [practiceId],
  );
  await insertMany(db, 'metrics', [
    { name: 'id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'engagement_id', type: 'uuid' }, { name: 'goal_id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'text' },
    { name: 'baseline', type: 'numeric' }, { name: 'baseline_on', type: 'date' }, { name: 'target', type: 'numeric' }, { name: 'created_by', type: 'uuid' }, { name: 'created_at', type: 'timestamptz' },
  ], metricRows);
  // The check-ins, a few clients at a time: 2,000,000 rows would not sit in memory comfortably at once.
  const totalCheckIns = goalRows.length * options.checkInsPerGoal;
  options.onProgress?.(`${totalCheckIns.toLocaleString('en')} check-ins`);
  let written = 0;
  const clientsPerBatch = Math.max(1, Math.floor(100_000 / (20 * options.checkInsPerGoal)));
  for (let start = 0; start < clients.length; start += clientsPerBatch) {
    const checkInRows: unknown[][] = [];
    const valueRows: unknown[][] = [];
    for (const [index, client] of clients.slice(start, start + clientsPerBatch).entries()) {
      const metricIds = result[start + index]?.metricIds ?? [];
      for (const [goalIndex, goal] of (planned.get(client.engagementId) ?? []).entries()) {
        const lastDay = Math.min(goal.dueIn, -1);
        for (let n = 0; n < options.checkInsPerGoal; n += 1) {
          const checkInId = randomUUID();
          const offset = goal.startsIn + Math.floor(((lastDay - goal.startsIn) * n) / options.checkInsPerGoal);
          const value = { metricId: metricIds[goalIndex], value: Math.round((20 * n) / options.checkInsPerGoal) };
          checkInRows.push([checkInId, practiceId, client.engagementId, goal.id, client.userId, 'client', 'metric', addCalendarDays(today, offset), 5 + (n % 5), now, JSON.stringify([value])]);
          valueRows.push([checkInId, practiceId, client.engagementId, value.metricId, value.value]);
        }
      }
    }
    await insertMany(db, 'check_ins', [
      { name: 'id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'engagement_id', type: 'uuid' }, { name: 'goal_id', type: 'uuid' }, { name: 'author_id', type: 'uuid' },
      { name: 'author_side', type: 'text' }, { name: 'kind', type: 'text' }, { name: 'effective_on', type: 'date' }, { name: 'confidence', type: 'int' }, { name: 'created_at', type: 'timestamptz' },
      { name: 'metric_values', type: 'json' },
    ], checkInRows);
    // A value carries its check-in's place in the story (day, time recorded, sequence), from the check-in itself.
    await insertMany(db, 'check_in_values', [
      { name: 'check_in_id', type: 'uuid' }, { name: 'practice_id', type: 'uuid' }, { name: 'engagement_id', type: 'uuid' }, { name: 'metric_id', type: 'uuid' }, { name: 'value', type: 'numeric' },
    ], valueRows, {
      extraColumns: ['effective_on', 'recorded_at', 'check_in_seq'],
      from: (unnest) => `SELECT x.*, c.effective_on, c.created_at, c.seq FROM unnest(${unnest}) AS x (check_in_id, practice_id, engagement_id, metric_id, value) JOIN check_ins c ON c.id = x.check_in_id`,
    });
    written += checkInRows.length;
    options.onCheckIns?.(written, totalCheckIns);
  }
  // Each metric's current value and each goal's last check-in, rebuilt from the history just written.
  await db.query(
    `SELECT tandem_refresh_progress(
       ARRAY(SELECT id FROM metrics WHERE practice_id = $1), ARRAY(SELECT id FROM goals WHERE practice_id = $1))`,
    [practiceId],
  );
  // What autovacuum does within a minute of a bulk load, done here and at once: statistics, hint
  // bits, and the visibility map that lets index-only scans skip the heap. (The PostgreSQL that
  // CI uses runs with autovacuum off, so nothing else would.) The bench measures a practice in
  // its steady state, not in the first minute after it was written.
  const tables = await db.query<{ name: string }>(`SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema()`);
  await db.query(`VACUUM (ANALYZE) ${tables.map((table) => table.name).join(', ')}`);
  // And what PostgreSQL's next checkpoint would write of it, written now: a bulk load leaves
  // hundreds of megabytes dirty in the operating system's cache, and while they go to disk every
  // commit's flush of the write-ahead log waits behind them. Measured without this, the first pass
  // of reads that write (first looks, which keep their answer) had a p99 of 284 to 666 ms where
  // every later pass had 110 to 170; with it, the first pass had none of that tail (decision 027).
  await checkpoint(db, options.onProgress);
  return { coachTokens: coaches.map((coach) => coach.token), clients: result, goals: goalRows.length, checkIns: written };
}

/** CHECKPOINT, which needs a superuser or the pg_checkpoint role: said and skipped without one. */
async function checkpoint(db: Database, onProgress?: (step: string) => void): Promise<void> {
  try {
    await db.query('CHECKPOINT');
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    onProgress?.('no checkpoint after the bulk write (it needs a superuser or pg_checkpoint): the first reads that write may wait on the disk');
  }
}
