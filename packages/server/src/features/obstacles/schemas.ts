import { OBSTACLE_CATEGORIES } from '@tandem/core';
import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import type { Obstacle as ObstacleView } from './service.ts';

const Category = z.enum(OBSTACLE_CATEGORIES).describe('What kind of obstacle it is; the reframing questions offered depend on it');
const Words = {
  rootCause: z.string().max(4000).optional().describe('Why it happens, as far as you can tell'),
  reframingQuestion: z.string().max(1000).optional().describe('The reframing question chosen: one of `reframingQuestions`, or your own'),
  reframingAnswer: z.string().max(4000).optional().describe('The answer to the reframing question'),
  contingencyPlan: z.string().max(4000).optional().describe('If this happens, then we do that'),
};

export const NewObstacleBody = z.object({
  description: z.string().trim().min(1, 'Required').max(4000).describe('What gets in the way'),
  category: Category,
  ...Words,
});

export const ObstacleChangesBody = z
  .object({
    description: z.string().trim().min(1, 'Required').max(4000).optional(),
    category: Category.optional(),
    ...Words,
    version: z.number().int().positive().optional().describe('The version you are changing (optimistic locking)'),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), 'Change at least one field');

export const ResolveObstacleBody = z.object({
  resolution: z.string().trim().min(1, 'Required').max(4000).describe('How it was resolved'),
  version: z.number().int().positive().optional(),
});

const Person = z.object({ id: Uuid, name: z.string() });

export const Obstacle = z
  .object({
    id: Uuid,
    goalId: Uuid,
    engagementId: Uuid,
    description: z.string(),
    category: z.enum(OBSTACLE_CATEGORIES),
    rootCause: z.string(),
    reframingQuestion: z.string(),
    reframingAnswer: z.string(),
    reframingQuestions: z.array(z.string()).describe("Questions that reframe an obstacle of this category, in the reader's language"),
    contingencyPlan: z.string(),
    hasContingencyPlan: z.boolean(),
    status: z.enum(['open', 'resolved']),
    resolution: z.string().nullable(),
    resolvedBy: Person.nullable(),
    resolvedAt: Timestamp.nullable(),
    loggedBy: Person,
    version: z.number().int(),
    history: z
      .array(
        z.object({
          kind: z.enum(['logged', 'edited', 'resolved']),
          version: z.number().int().describe('The version the event made'),
          changedFields: z.array(z.string()),
          at: Timestamp,
          by: Person,
        }),
      )
      .describe('Every change, oldest first'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Obstacle', description: 'What gets in the way of a goal, how it is reframed, and the plan if it happens' });
export const ObstacleList = z.object({ items: z.array(Obstacle).describe('Open ones first, each in the order logged') });

export function presentObstacle(obstacle: ObstacleView): z.infer<typeof Obstacle> {
  return {
    id: obstacle.id,
    goalId: obstacle.goalId,
    engagementId: obstacle.engagementId,
    description: obstacle.description,
    category: obstacle.category,
    rootCause: obstacle.rootCause,
    reframingQuestion: obstacle.reframingQuestion,
    reframingAnswer: obstacle.reframingAnswer,
    reframingQuestions: [...obstacle.reframingQuestions],
    contingencyPlan: obstacle.contingencyPlan,
    hasContingencyPlan: obstacle.contingencyPlan !== '',
    status: obstacle.status,
    resolution: obstacle.resolution,
    resolvedBy: obstacle.resolvedById && obstacle.resolvedByName ? { id: obstacle.resolvedById, name: obstacle.resolvedByName } : null,
    resolvedAt: obstacle.resolvedAt ? new Date(obstacle.resolvedAt).toISOString() : null,
    loggedBy: { id: obstacle.loggedById, name: obstacle.loggedByName },
    version: obstacle.version,
    history: obstacle.history.map((event) => ({
      kind: event.kind,
      version: event.version,
      changedFields: event.changedFields,
      at: new Date(event.at).toISOString(),
      by: { id: event.actorId, name: event.actorName },
    })),
    createdAt: new Date(obstacle.createdAt).toISOString(),
    updatedAt: new Date(obstacle.updatedAt).toISOString(),
  };
}
