import type { ObstacleCategory } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type ObstacleStatus = 'open' | 'resolved';

export type ObstacleRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  goalId: string;
  description: string;
  category: ObstacleCategory;
  rootCause: string;
  reframingQuestion: string;
  reframingAnswer: string;
  contingencyPlan: string;
  status: ObstacleStatus;
  resolution: string | null;
  resolvedById: string | null;
  resolvedByName: string | null;
  resolvedAt: Date | null;
  loggedById: string;
  loggedByName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** The words of an obstacle a person writes and edits. */
export type ObstacleWords = {
  description: string;
  category: ObstacleCategory;
  rootCause: string;
  reframingQuestion: string;
  reframingAnswer: string;
  contingencyPlan: string;
};

const SELECT_OBSTACLE = `
  SELECT o.id, o.practice_id AS "practiceId", o.engagement_id AS "engagementId", o.goal_id AS "goalId",
         o.description, o.category, o.root_cause AS "rootCause", o.reframing_question AS "reframingQuestion",
         o.reframing_answer AS "reframingAnswer", o.contingency_plan AS "contingencyPlan", o.status, o.resolution,
         o.resolved_by AS "resolvedById", ru.name AS "resolvedByName", o.resolved_at AS "resolvedAt",
         o.logged_by AS "loggedById", lu.name AS "loggedByName", o.version, o.created_at AS "createdAt", o.updated_at AS "updatedAt"
    FROM obstacles o
    JOIN users lu ON lu.id = o.logged_by
    LEFT JOIN users ru ON ru.id = o.resolved_by`;

export async function findObstacle(sql: Sql, obstacleId: string, options: { forUpdate?: boolean } = {}): Promise<ObstacleRow | undefined> {
  const [row] = await sql.query<ObstacleRow>(`${SELECT_OBSTACLE} WHERE o.id = $1${options.forUpdate ? ' FOR UPDATE OF o' : ''}`, [obstacleId]);
  return row;
}

/** Open ones first, then resolved; each in the order they were logged. */
export function listObstaclesOfGoal(sql: Sql, goalId: string): Promise<ObstacleRow[]> {
  return sql.query<ObstacleRow>(`${SELECT_OBSTACLE} WHERE o.goal_id = $1 ORDER BY o.status <> 'open', o.seq`, [goalId]);
}


export type ObstacleEventRow = {
  obstacleId: string;
  kind: 'logged' | 'edited' | 'resolved';
  version: number;
  changedFields: string[];
  at: Date;
  actorId: string;
  actorName: string;
};

export function listEvents(sql: Sql, obstacleIds: readonly string[]): Promise<ObstacleEventRow[]> {
  if (obstacleIds.length === 0) return Promise.resolve([]);
  return sql.query<ObstacleEventRow>(
    `SELECT ev.obstacle_id AS "obstacleId", ev.kind, ev.version, ev.changed_fields AS "changedFields", ev.at,
            ev.actor_id AS "actorId", u.name AS "actorName"
       FROM obstacle_events ev JOIN users u ON u.id = ev.actor_id
      WHERE ev.obstacle_id = ANY($1::uuid[])
      ORDER BY ev.obstacle_id, ev.seq`,
    [obstacleIds],
  );
}

/** The words an event keeps, as they are after it. */
const WORDS_AFTER = `jsonb_build_object('description', o.description, 'category', o.category, 'rootCause', o.root_cause,
  'reframingQuestion', o.reframing_question, 'reframingAnswer', o.reframing_answer, 'contingencyPlan', o.contingency_plan,
  'resolution', o.resolution)`;

/** Logs an obstacle and the first line of its history in one statement. */
export async function insertObstacle(
  sql: Sql,
  obstacle: ObstacleWords & { practiceId: string; engagementId: string; goalId: string; loggedBy: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `WITH o AS (
       INSERT INTO obstacles (practice_id, engagement_id, goal_id, logged_by, description, category, root_cause,
                              reframing_question, reframing_answer, contingency_plan, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       RETURNING *
     ), ev AS (
       INSERT INTO obstacle_events (practice_id, engagement_id, obstacle_id, actor_id, at, kind, version, words)
       SELECT o.practice_id, o.engagement_id, o.id, o.logged_by, o.created_at, 'logged', o.version, ${WORDS_AFTER} FROM o
     )
     SELECT id FROM o`,
    [
      obstacle.practiceId,
      obstacle.engagementId,
      obstacle.goalId,
      obstacle.loggedBy,
      obstacle.description,
      obstacle.category,
      obstacle.rootCause,
      obstacle.reframingQuestion,
      obstacle.reframingAnswer,
      obstacle.contingencyPlan,
      obstacle.at,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** New words for an obstacle (its version goes up by one), and the edit in its history, in one statement. */
export async function updateObstacle(sql: Sql, obstacleId: string, edit: { words: ObstacleWords; changedFields: string[]; by: string; at: Date }): Promise<void> {
  const { words } = edit;
  await sql.query(
    `WITH o AS (
       UPDATE obstacles
          SET description = $2, category = $3, root_cause = $4, reframing_question = $5, reframing_answer = $6,
              contingency_plan = $7, updated_at = $8, version = version + 1
        WHERE id = $1
       RETURNING *
     )
     INSERT INTO obstacle_events (practice_id, engagement_id, obstacle_id, actor_id, at, kind, version, changed_fields, words)
     SELECT o.practice_id, o.engagement_id, o.id, $9::uuid, $8::timestamptz, 'edited', o.version, $10::text[], ${WORDS_AFTER} FROM o`,
    [obstacleId, words.description, words.category, words.rootCause, words.reframingQuestion, words.reframingAnswer, words.contingencyPlan, edit.at, edit.by, edit.changedFields],
  );
}

/** Marks an obstacle resolved and records it in its history, in one statement. */
export async function resolveObstacle(sql: Sql, obstacleId: string, resolution: { text: string; by: string; at: Date }): Promise<void> {
  await sql.query(
    `WITH o AS (
       UPDATE obstacles
          SET status = 'resolved', resolution = $2, resolved_by = $3, resolved_at = $4, updated_at = $4, version = version + 1
        WHERE id = $1
       RETURNING *
     )
     INSERT INTO obstacle_events (practice_id, engagement_id, obstacle_id, actor_id, at, kind, version, changed_fields, words)
     SELECT o.practice_id, o.engagement_id, o.id, $3::uuid, $4::timestamptz, 'resolved', o.version, '{status,resolution}', ${WORDS_AFTER} FROM o`,
    [obstacleId, resolution.text, resolution.by, resolution.at],
  );
}
