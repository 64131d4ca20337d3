import type { Locale, Role } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type FeedOwner = { userId: string; practiceId: string; role: Role; locale: Locale; timeZone: string };

export async function findLiveFeed(sql: Sql, userId: string): Promise<{ createdAt: Date } | undefined> {
  const [row] = await sql.query<{ createdAt: Date }>(
    'SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL',
    [userId],
  );
  return row;
}

export async function revokeFeeds(sql: Sql, userId: string, at: Date): Promise<number> {
  const rows = await sql.query('UPDATE calendar_feeds SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING id', [userId, at]);
  return rows.length;
}

export async function insertFeed(sql: Sql, feed: { userId: string; practiceId: string; tokenHash: string; at: Date }): Promise<void> {
  await sql.query('INSERT INTO calendar_feeds (user_id, practice_id, token_hash, created_at) VALUES ($1, $2, $3, $4)', [
    feed.userId,
    feed.practiceId,
    feed.tokenHash,
    feed.at,
  ]);
}

/** Who a feed's token belongs to, across practices (the token is the key); nobody for a retired one. */
export async function resolveFeed(sql: Sql, tokenHash: string): Promise<FeedOwner | undefined> {
  const [row] = await sql.query<FeedOwner>(
    `SELECT user_id AS "userId", practice_id AS "practiceId", role, locale, time_zone AS "timeZone"
       FROM tandem_resolve_calendar_feed($1)`,
    [tokenHash],
  );
  return row;
}

export type FeedSession = {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled';
  version: number;
  updatedAt: Date;
  coachId: string;
  coachName: string;
  clientName: string | null;
};

/** The person's sessions (row-level security narrows them to their engagements) from `since` on. */
export function listSessionsSince(sql: Sql, since: Date): Promise<FeedSession[]> {
  return sql.query<FeedSession>(
    `SELECT s.id, s.scheduled_at AS "scheduledAt", s.duration_minutes AS "durationMinutes", s.status, s.version,
            s.updated_at AS "updatedAt", e.coach_id AS "coachId", coach.name AS "coachName", client.name AS "clientName"
       FROM coaching_sessions s
       JOIN engagements e ON e.id = s.engagement_id
       JOIN users coach ON coach.id = e.coach_id
       LEFT JOIN users client ON client.id = e.client_id
      WHERE s.scheduled_at >= $1
      ORDER BY s.scheduled_at`,
    [since],
  );
}
