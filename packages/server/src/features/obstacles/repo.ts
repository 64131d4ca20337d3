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

/** How many open obstacles without a contingency plan each goal has, in one statement (goals with none are absent). */
export function countOpenWithoutPlan(sql: Sql, goalIds: readonly string[]): Promise<{ goalId: string; count: number }[]> {
  return sql.query(
    `SELECT goal_id AS "goalId", count(*)::int AS count
       FROM obstacles
      WHERE goal_id = ANY($1::uuid[]) AND status = 'open' AND contingency_plan = ''
      GROUP BY goal_id`,
    [goalIds],
  );
}

export async function insertObstacle(
  sql: Sql,
  obstacle: ObstacleWords & { practiceId: string; engagementId: string; goalId: string; loggedBy: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO obstacles (practice_id, engagement_id, goal_id, logged_by, description, category, root_cause,
                            reframing_question, reframing_answer, contingency_plan, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
     RETURNING id`,
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

/** New words for an obstacle; its version goes up by one. */
export async function updateObstacle(sql: Sql, obstacleId: string, words: ObstacleWords, at: Date): Promise<void> {
  await sql.query(
    `UPDATE obstacles
        SET description = $2, category = $3, root_cause = $4, reframing_question = $5, reframing_answer = $6,
            contingency_plan = $7, updated_at = $8, version = version + 1
      WHERE id = $1`,
    [obstacleId, words.description, words.category, words.rootCause, words.reframingQuestion, words.reframingAnswer, words.contingencyPlan, at],
  );
}

export async function resolveObstacle(sql: Sql, obstacleId: string, resolution: { text: string; by: string; at: Date }): Promise<void> {
  await sql.query(
    `UPDATE obstacles
        SET status = 'resolved', resolution = $2, resolved_by = $3, resolved_at = $4, updated_at = $4, version = version + 1
      WHERE id = $1`,
    [obstacleId, resolution.text, resolution.by, resolution.at],
  );
}
