import { reframingQuestionIn, reframingQuestions, type ObstacleCategory } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { sideOf } from '../goals/policy.ts';
import { accessGoal } from '../goals/service.ts';
import * as repo from './repo.ts';

/** An obstacle as its reader sees it: with the reframing questions for its category in their language. */
export type Obstacle = repo.ObstacleRow & { reframingQuestions: readonly string[]; history: Omit<repo.ObstacleEventRow, 'obstacleId'>[] };

export type NewObstacle = {
  description: string;
  category: ObstacleCategory;
  rootCause?: string | undefined;
  reframingQuestion?: string | undefined;
  reframingAnswer?: string | undefined;
  contingencyPlan?: string | undefined;
};
export type ObstacleChanges = Partial<NewObstacle> & { version?: number | undefined };

/** Either side logs what gets in the way of a goal that is still open (not achieved or dropped). */
export async function logObstacle(scope: Scope, goalId: string, input: NewObstacle): Promise<Obstacle> {
  const { actor, goal } = await accessGoal(scope, goalId);
  if (goal.state === 'achieved' || goal.state === 'dropped') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: obstacles are logged on open goals.`, { extensions: { currentState: goal.state } });
  }
  const id = await repo.insertObstacle(scope.tx, {
    practiceId: goal.practiceId,
    engagementId: goal.engagementId,
    goalId: goal.id,
    loggedBy: actor.userId,
    at: scope.now,
    description: input.description.trim(),
    category: input.category,
    rootCause: input.rootCause?.trim() ?? '',
    reframingQuestion: input.reframingQuestion?.trim() ?? '',
    reframingAnswer: input.reframingAnswer?.trim() ?? '',
    contingencyPlan: input.contingencyPlan?.trim() ?? '',
  });
  return loadObstacle(scope, id);
}

export async function listObstacles(scope: Scope, goalId: string): Promise<Obstacle[]> {
  const { goal } = await accessGoal(scope, goalId);
  return withHistory(scope, await repo.listObstaclesOfGoal(scope.tx, goal.id));
}

/**
 * Either side edits an obstacle's words: its category, root cause, the reframing chosen and its
 * answer, the contingency plan. An edit based on an older `version` is refused with 409 instead
 * of overwriting what the other side wrote meanwhile.
 */
export async function changeObstacle(scope: Scope, obstacleId: string, changes: ObstacleChanges): Promise<Obstacle> {
  const obstacle = await accessObstacle(scope, obstacleId);
  if (changes.version !== undefined && changes.version !== obstacle.version) throw staleVersion(obstacle.version);
  const words: repo.ObstacleWords = {
    description: changes.description?.trim() ?? obstacle.description,
    category: changes.category ?? obstacle.category,
    rootCause: changes.rootCause?.trim() ?? obstacle.rootCause,
    reframingQuestion: changes.reframingQuestion?.trim() ?? obstacle.reframingQuestion,
    reframingAnswer: changes.reframingAnswer?.trim() ?? obstacle.reframingAnswer,
    contingencyPlan: changes.contingencyPlan?.trim() ?? obstacle.contingencyPlan,
  };
  const changedFields = (Object.keys(words) as (keyof repo.ObstacleWords)[]).filter((field) => words[field] !== obstacle[field]);
  // Saying the same thing again changes nothing: no new version, no line in the history.
  if (changedFields.length > 0) {
    await repo.updateObstacle(scope.tx, obstacle.id, { words, changedFields, by: requireActor(scope).userId, at: scope.now });
  }
  return loadObstacle(scope, obstacle.id);
}

/** Either side marks an open obstacle resolved, saying how. */
export async function resolveObstacle(scope: Scope, obstacleId: string, input: { resolution: string; version?: number | undefined }): Promise<Obstacle> {
  const actor = requireActor(scope);
  const obstacle = await accessObstacle(scope, obstacleId);
  if (input.version !== undefined && input.version !== obstacle.version) throw staleVersion(obstacle.version);
  if (obstacle.status === 'resolved') {
    throw new AppError('invalid_transition', 'The obstacle is resolved already.', { extensions: { currentState: obstacle.status } });
  }
  await repo.resolveObstacle(scope.tx, obstacle.id, { text: input.resolution.trim(), by: actor.userId, at: scope.now });
  return loadObstacle(scope, obstacle.id);
}

/** An obstacle of a goal the actor works on, locked for the rest of the request: others are 404, the practice's owner 403. */
async function accessObstacle(scope: Scope, obstacleId: string): Promise<repo.ObstacleRow> {
  const actor = requireActor(scope);
  const obstacle = await repo.findObstacle(scope.tx, obstacleId, { forUpdate: true });
  if (!obstacle || obstacle.practiceId !== actor.practiceId) throw new AppError('obstacle_not_found', 'No such obstacle.');
  const { engagement } = await getEngagementParties(scope, obstacle.engagementId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) throw new AppError('obstacle_not_found', 'No such obstacle.');
    throw error;
  });
  if (!sideOf(actor, engagement)) throw new AppError('forbidden', 'Only the coach and the client of this engagement work on its goals.');
  return obstacle;
}

function staleVersion(current: number): AppError {
  return new AppError('stale_version', 'Someone changed this obstacle since you loaded it. Reload it and try again.', {
    extensions: { currentVersion: current },
  });
}

async function loadObstacle(scope: Scope, obstacleId: string): Promise<Obstacle> {
  const row = await repo.findObstacle(scope.tx, obstacleId);
  const [obstacle] = row ? await withHistory(scope, [row]) : [];
  if (!obstacle) throw new AppError('obstacle_not_found', 'No such obstacle.');
  return obstacle;
}

async function withHistory(scope: Scope, rows: repo.ObstacleRow[]): Promise<Obstacle[]> {
  const { locale } = requireActor(scope);
  const historyOf = new Map<string, Obstacle['history']>();
  for (const { obstacleId, ...event } of await repo.listEvents(scope.tx, rows.map((row) => row.id))) {
    historyOf.set(obstacleId, [...(historyOf.get(obstacleId) ?? []), event]);
  }
  return rows.map((row) => ({
    ...row,
    reframingQuestion: reframingQuestionIn(row.reframingQuestion, locale),
    reframingQuestions: reframingQuestions(row.category, locale),
    history: historyOf.get(row.id) ?? [],
  }));
}
