import type { Sql } from '../../db/database.ts';

/**
 * The title of goal `g`'s revision in force, looked up by key for each item (a lateral subquery
 * with a limit): as a plain join, the generic plan scanned every revision of the practice
 * (decision 019).
 */
const REVISION_IN_FORCE = `SELECT r.title FROM goal_revisions r
   WHERE r.goal_id = g.id AND r.id = coalesce(g.active_revision_id, g.pending_revision_id) LIMIT 1`;

/** A stakeholder's answer (a check-in by nobody with an account) to a question asked on a goal. */
export type AnsweredFeedbackRow = {
  checkInId: string;
  goalId: string;
  engagementId: string;
  stakeholderName: string;
  rating: number | null;
  /** An instant, ISO 8601. */
  answeredAt: string;
  goalTitle: string | null;
};

export type OverdueCommitmentRow = {
  id: string;
  engagementId: string;
  goalId: string | null;
  goalTitle: string | null;
  ownerSide: 'coach' | 'client';
  text: string;
  dueOn: string;
};

export type SharedJournalEntryRow = {
  id: string;
  engagementId: string;
  goalId: string | null;
  goalTitle: string | null;
  /** An instant, ISO 8601. */
  sharedAt: string;
  key: string;
};

export type CancelledSessionRow = {
  id: string;
  engagementId: string;
  /** An instant, ISO 8601. */
  scheduledAt: string;
  cancelledByName: string;
  key: string;
};

/**
 * The key of an item that comes back when what it is about happens again (shared again, cancelled
 * again): `kind:id:milliseconds`, the moment it happened in the key, in SQL.
 */
const keyAtMoment = (kind: string, id: string, at: string) => `'${kind}:' || ${id} || ':' || (extract(epoch FROM ${at}) * 1000)::bigint`;

/** The lists the inbox's items are drawn from, each as `listItems` reads it. */
export type ItemLists<KeptItem> = {
  kept: KeptItem[];
  answers: AnsweredFeedbackRow[];
  overdue: OverdueCommitmentRow[];
  shared: SharedJournalEntryRow[];
  cancelled: CancelledSessionRow[];
};

/**
 * What needs the person, in one statement of five parts:
 * - the first `kept` items of the reader's kept standings of the engagements `keptEngagementIds`,
 *   in the inbox's order, read along the rank index: only what the page shows, however many
 *   items there are;
 * - stakeholders' answers on the engagements' goals since `since`, not yet marked seen by the
 *   person, newest first, at most `answers`;
 * - open commitments due before `today` (the reader's calendar day), oldest due first, at most
 *   `commitments`;
 * - journal entries shared with the person in the engagements they coach (row-level security
 *   shows a coach only shared entries), not yet marked seen, newest first, at most `journal`. The
 *   key carries the moment of sharing, so an entry shared again after being unshared comes back;
 * - sessions of the engagements that the other side cancelled, starting from `dayStarts` (the
 *   start of the reader's day) on, not yet marked seen, soonest first, at most `cancelled`. The key
 *   carries the moment of cancelling, so a session put back and cancelled again comes back.
 */
export async function listItems<KeptItem>(
  sql: Sql,
  input: {
    engagementIds: readonly string[];
    keptEngagementIds: readonly string[];
    coachedEngagementIds: readonly string[];
    userId: string;
    since: Date;
    today: string;
    dayStarts: Date;
    limits: { kept: number; answers: number; commitments: number; journal: number; cancelled: number };
  },
): Promise<ItemLists<KeptItem>> {
  const [row] = await sql.query<ItemLists<KeptItem>>(
    `SELECT
       (SELECT coalesce(json_agg(i.item ORDER BY i.rank), '[]'::json) FROM (
          SELECT item, rank FROM inbox_standing_items
           WHERE user_id = $2 AND engagement_id = ANY($9::uuid[])
           ORDER BY user_id, rank
           LIMIT $10) i) AS kept,
       (SELECT coalesce(json_agg(a ORDER BY a."answeredAt" DESC), '[]'::json) FROM (
          SELECT c.id AS "checkInId", c.goal_id AS "goalId", c.engagement_id AS "engagementId",
                 coalesce(c.stakeholder_name, '') AS "stakeholderName", c.rating, c.created_at AS "answeredAt", r.title AS "goalTitle"
            FROM check_ins c
            LEFT JOIN goals g ON g.id = c.goal_id
            LEFT JOIN LATERAL (${REVISION_IN_FORCE}) r ON true
           WHERE c.engagement_id = ANY($1::uuid[]) AND c.kind = 'stakeholder_feedback' AND c.author_id IS NULL
             AND c.created_at >= $3
             AND NOT EXISTS (SELECT 1 FROM inbox_acknowledgements k WHERE k.user_id = $2 AND k.item_key = 'stakeholder_feedback:' || c.id)
           ORDER BY c.created_at DESC
           LIMIT $4) a) AS answers,
       (SELECT coalesce(json_agg(o ORDER BY o."dueOn", o.seq), '[]'::json) FROM (
          SELECT c.id, c.engagement_id AS "engagementId", c.goal_id AS "goalId", r.title AS "goalTitle", c.owner_side AS "ownerSide", c.text,
                 c.due_on AS "dueOn", c.seq
            FROM commitments c
            LEFT JOIN goals g ON g.id = c.goal_id
            LEFT JOIN LATERAL (${REVISION_IN_FORCE}) r ON true
           WHERE c.engagement_id = ANY($1::uuid[]) AND c.status = 'open' AND c.due_on < $5::date
           ORDER BY c.due_on, c.seq
           LIMIT $6) o) AS overdue,
       (SELECT coalesce(json_agg(s ORDER BY s."sharedAt" DESC), '[]'::json) FROM (
          SELECT j.id, j.engagement_id AS "engagementId", j.goal_id AS "goalId", r.title AS "goalTitle", j.shared_at AS "sharedAt", k.key
            FROM journal_entries j
            LEFT JOIN goals g ON g.id = j.goal_id
            LEFT JOIN LATERAL (${REVISION_IN_FORCE}) r ON true
            CROSS JOIN LATERAL (SELECT ${keyAtMoment('journal_shared', 'j.id', 'j.shared_at')} AS key) k
           WHERE j.engagement_id = ANY($7::uuid[]) AND j.shared_at IS NOT NULL AND j.author_id <> $2
             AND NOT EXISTS (SELECT 1 FROM inbox_acknowledgements a WHERE a.user_id = $2 AND a.item_key = k.key)
           ORDER BY j.shared_at DESC
           LIMIT $8) s) AS shared,
       (SELECT coalesce(json_agg(x ORDER BY x."scheduledAt"), '[]'::json) FROM (
          SELECT s.id, s.engagement_id AS "engagementId", s.scheduled_at AS "scheduledAt", u.name AS "cancelledByName", k.key
            FROM coaching_sessions s
            JOIN users u ON u.id = s.cancelled_by
            CROSS JOIN LATERAL (SELECT ${keyAtMoment('session_cancelled', 's.id', 's.cancelled_at')} AS key) k
           WHERE s.engagement_id = ANY($1::uuid[]) AND s.status = 'cancelled' AND s.cancelled_by <> $2 AND s.scheduled_at >= $11
             AND NOT EXISTS (SELECT 1 FROM inbox_acknowledgements a WHERE a.user_id = $2 AND a.item_key = k.key)
           ORDER BY s.scheduled_at
           LIMIT $12) x) AS cancelled`,
    [
      input.engagementIds,
      input.userId,
      input.since,
      input.limits.answers,
      input.today,
      input.limits.commitments,
      input.coachedEngagementIds,
      input.limits.journal,
      input.keptEngagementIds,
      input.limits.kept,
      input.dayStarts,
      input.limits.cancelled,
    ],
  );
  return { kept: row?.kept ?? [], answers: row?.answers ?? [], overdue: row?.overdue ?? [], shared: row?.shared ?? [], cancelled: row?.cancelled ?? [] };
}

/**
 * A print of everything the reader's inbox is drawn from, and the inbox kept for them when it was
 * written from the same print, on the same day ($3), for the same reader key ($4); null otherwise
 * (decision 021). The print covers, for each engagement the reader takes part in: its status, its
 * coach and its progress stamp (which every change to what goals raise moves, and a new name of
 * either party: migration 0021);
 * and across them: the stakeholders' answers, the open commitments, the shared journal entries and
 * the sessions cancelled from the start of the reader's day (`dayStarts`) on (each row by its
 * version, so that any change to one changes the print), and how many items the reader has marked
 * seen. One statement: on a kept inbox, all that the request reads.
 */
export async function readKeptInbox(sql: Sql, input: { practiceId: string; userId: string; asOf: string; reader: string; dayStarts: Date }) {
  const [row] = await sql.query<{ print: string; answer: Buffer | null }>(
    `WITH mine AS (
       SELECT e.id, e.status, e.coach_id, coalesce(s.stamp, 0) AS stamp
         FROM engagements e
         LEFT JOIN engagement_progress_stamps s ON s.engagement_id = e.id
        WHERE e.practice_id = $1 AND e.status <> 'invited' AND (e.coach_id = $2 OR e.client_id = $2)
     ), print AS MATERIALIZED (
       -- Materialized: the print is both given back and compared, and would otherwise be computed twice.
       SELECT md5(json_build_array(
         (SELECT json_agg(json_build_array(m.id, m.status, m.coach_id, m.stamp) ORDER BY m.id) FROM mine m),
         (SELECT json_build_array(count(*), max(c.created_at)) FROM check_ins c
           WHERE c.engagement_id IN (SELECT id FROM mine) AND c.author_id IS NULL AND c.kind = 'stakeholder_feedback'),
         (SELECT json_agg(json_build_array(c.id, c.xmin::text) ORDER BY c.id) FROM commitments c
           WHERE c.engagement_id IN (SELECT id FROM mine) AND c.status = 'open'),
         (SELECT json_agg(json_build_array(j.id, j.xmin::text) ORDER BY j.id) FROM journal_entries j
           WHERE j.engagement_id IN (SELECT id FROM mine) AND j.shared_at IS NOT NULL),
         (SELECT json_agg(json_build_array(s.id, s.xmin::text) ORDER BY s.id) FROM coaching_sessions s
           WHERE s.engagement_id IN (SELECT id FROM mine) AND s.cancelled_at IS NOT NULL AND s.scheduled_at >= $5),
         (SELECT count(*) FROM inbox_acknowledgements a WHERE a.user_id = $2))::text) AS print
     )
     SELECT p.print, CASE WHEN k.as_of = $3::date AND k.reader = $4 THEN k.answer_gzip END AS answer
       FROM print p LEFT JOIN kept_inboxes k ON k.user_id = $2 AND k.practice_id = $1 AND k.print = p.print`,
    [input.practiceId, input.userId, input.asOf, input.reader, input.dayStarts],
  );
  return { print: row?.print ?? '', answer: row?.answer ?? null };
}

/** Keeps the inbox written for the reader, with the print read before it was drawn. */
export async function keepInbox(sql: Sql, input: { practiceId: string; userId: string; asOf: string; reader: string; print: string; answer: Buffer }) {
  // Gzipped (migration 0025); `answer`, where a server before it keeps its text, is cleared.
  await sql.query(
    `INSERT INTO kept_inboxes (user_id, practice_id, print, as_of, reader, answer_gzip) VALUES ($1, $2, $3, $4::date, $5, $6::bytea)
     ON CONFLICT (user_id, practice_id) DO UPDATE
       SET print = EXCLUDED.print, as_of = EXCLUDED.as_of, reader = EXCLUDED.reader, answer = NULL, answer_gzip = EXCLUDED.answer_gzip`,
    [input.userId, input.practiceId, input.print, input.asOf, input.reader, input.answer],
  );
}

/** Marks an item seen for this person (again: no change). */
export async function acknowledge(sql: Sql, input: { userId: string; practiceId: string; itemKey: string; at: Date }): Promise<void> {
  await sql.query(
    `INSERT INTO inbox_acknowledgements (user_id, practice_id, item_key, acknowledged_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, item_key) DO NOTHING`,
    [input.userId, input.practiceId, input.itemKey, input.at],
  );
}

/** An engagement (`e`) with its progress stamp now and what the reader's inbox kept of it, when
 * still good: drawn at this stamp, on this day ($3), for this reader key ($4), by the reader ($2). */
const STAMP_AND_KEPT_STANDING = `coalesce(s.stamp, 0) AS stamp,
            CASE WHEN c.stamp = coalesce(s.stamp, 0) AND c.as_of = $3::date AND c.reader = $4 THEN c.standing END AS standing`;
const WITH_STAMP_AND_KEPT_STANDING = `LEFT JOIN engagement_progress_stamps s ON s.engagement_id = e.id
       LEFT JOIN inbox_standings c ON c.user_id = $2 AND c.engagement_id = e.id`;

/** An engagement the reader takes part in, with its stamp now and what their inbox kept of it. */
export type MyEngagementStanding<Standing> = {
  id: string;
  status: string;
  coachId: string;
  clientId: string | null;
  clientName: string;
  stamp: number;
  standing: Standing | null;
};

/**
 * The engagements the reader takes part in as coach or client (not those still at the
 * invitation), each with the client's name, its progress stamp now, and what the reader's inbox
 * last drew from it when that is still good (as `readStandings`): what an inbox look starts
 * from, in one statement. Ordered as the engagement list orders them.
 */
export function readMyEngagementStandings<Standing>(sql: Sql, input: { practiceId: string; userId: string; asOf: string; reader: string }) {
  return sql.query<MyEngagementStanding<Standing>>(
    `SELECT e.id, e.status, e.coach_id AS "coachId", e.client_id AS "clientId", coalesce(u.name, '') AS "clientName",
            ${STAMP_AND_KEPT_STANDING}
       FROM engagements e
       LEFT JOIN users u ON u.id = e.client_id
       ${WITH_STAMP_AND_KEPT_STANDING}
      WHERE e.practice_id = $1 AND e.status <> 'invited'
        AND e.id IN (SELECT id FROM engagements WHERE coach_id = $2 UNION ALL SELECT id FROM engagements WHERE client_id = $2)
      ORDER BY e.status = 'ended', coalesce(u.name, '') COLLATE tandem_names, e.created_at`,
    [input.practiceId, input.userId, input.asOf, input.reader],
  );
}

/**
 * For each engagement: its progress stamp now, and what the reader's inbox last drew from it when
 * that is still good (drawn at this stamp, on this day, for this reader); null otherwise. The stamp
 * is read before anything is drawn again, so a change made meanwhile is drawn next time.
 */
export function readStandings<Standing>(sql: Sql, input: { userId: string; engagementIds: readonly string[]; asOf: string; reader: string }) {
  return sql.query<{ id: string; stamp: number; standing: Standing | null }>(
    `SELECT e.id, ${STAMP_AND_KEPT_STANDING}
       FROM unnest($1::uuid[]) AS e (id)
       ${WITH_STAMP_AND_KEPT_STANDING}`,
    [input.engagementIds, input.userId, input.asOf, input.reader],
  );
}

/**
 * Waits until no other transaction is drawing this reader's standings, and keeps others from
 * starting until this one ends (a transaction-scoped advisory lock, keyed by the reader).
 */
export async function drawAlone(sql: Sql, userId: string): Promise<void> {
  await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended('tandem.inbox:' || $1::text, 0))`, [userId]);
}

/**
 * Keeps what the reader's inbox drew from each engagement, with the stamp it was drawn at: the
 * standing, then its items in place of the ones drawn before. A fixed number of statements.
 */
export async function saveStandings(
  sql: Sql,
  input: {
    userId: string;
    practiceId: string;
    asOf: string;
    reader: string;
    standings: readonly { engagementId: string; stamp: number; standing: unknown; items: readonly { rank: string }[] }[];
  },
): Promise<void> {
  if (input.standings.length === 0) return;
  const engagementIds = input.standings.map((row) => row.engagementId);
  await sql.query(
    `INSERT INTO inbox_standings (user_id, practice_id, engagement_id, stamp, standing, as_of, reader)
     SELECT $1, $2, x.engagement_id, x.stamp, x.standing, $3::date, $4
       FROM unnest($5::uuid[], $6::bigint[], $7::json[]) AS x (engagement_id, stamp, standing)
     ON CONFLICT (user_id, engagement_id) DO UPDATE
       SET stamp = EXCLUDED.stamp, standing = EXCLUDED.standing, as_of = EXCLUDED.as_of, reader = EXCLUDED.reader`,
    [
      input.userId,
      input.practiceId,
      input.asOf,
      input.reader,
      engagementIds,
      input.standings.map((row) => row.stamp),
      input.standings.map((row) => JSON.stringify(row.standing)),
    ],
  );
  await sql.query('DELETE FROM inbox_standing_items WHERE user_id = $1 AND engagement_id = ANY($2::uuid[])', [input.userId, engagementIds]);
  const items = input.standings.flatMap((row) => row.items.map((item) => ({ engagementId: row.engagementId, item })));
  await sql.query(
    `INSERT INTO inbox_standing_items (user_id, practice_id, engagement_id, rank, item)
     SELECT $1, $2, x.engagement_id, x.rank, x.item FROM unnest($3::uuid[], $4::text[], $5::json[]) AS x (engagement_id, rank, item)`,
    [
      input.userId,
      input.practiceId,
      items.map((row) => row.engagementId),
      items.map((row) => row.item.rank),
      items.map((row) => JSON.stringify(row.item)),
    ],
  );
}
