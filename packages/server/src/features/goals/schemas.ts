import { GOAL_STATES, HORIZONS, missingCriteria, SIDES, SMART_CRITERIA, type SmartAssessment as SmartAssessmentType } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import type { GoalView, RevisionHistoryItem } from './service.ts';
import type { RevisionView } from './views.ts';

const Title = z.string().trim().min(1, 'Required').max(300);
const Reason = z.string().trim().min(3, 'Say why, in at least 3 characters').max(1000);

/** The words of a goal, as a draft or as the changes of a revision. */
const GoalWords = {
  description: z.string().max(4000).optional(),
  whyItMatters: z.string().max(2000).optional().describe('Why the goal matters to the client'),
  startsOn: CalendarDate.nullable().optional(),
  dueOn: CalendarDate.nullable().optional(),
  valueIds: z.array(Uuid).max(50).optional().describe("The client's values and aspirations the goal serves"),
};

export const NewGoalBody = z.object({
  title: Title,
  horizon: z.enum(HORIZONS).describe('vision: 1-3 years; year: 12 months; quarter: 90 days; month: 30 days'),
  ...GoalWords,
  parentId: Uuid.nullable().optional().describe('The goal this one breaks down (cascade)'),
  reason: z.string().trim().max(1000).optional().describe('A note on the first draft'),
});

/** The fields a revision may change (reviews propose revisions with the same shape). */
export const RevisionChanges = z.object({
  title: Title.optional(),
  horizon: z.enum(HORIZONS).optional(),
  ...GoalWords,
  parentId: Uuid.nullable().optional().describe('Move the goal under another goal of the engagement (null: to the top of the cascade); it moves when both agree'),
});

export const RevisionBody = z.object({
  changes: RevisionChanges
    .refine((changes) => Object.keys(changes).length > 0, 'Change at least one field'),
  reason: Reason,
  version: z.number().int().positive().describe('The goal version you are changing (optimistic locking)'),
});

export const AgreementBody = z.object({
  revisionId: Uuid,
  decision: z.enum(['agree', 'decline']),
  comment: z.string().max(2000).optional().describe('Required when declining'),
});

export const GoalStateBody = z.object({
  state: z.enum(['achieved', 'dropped']),
  reason: Reason,
  version: z.number().int().positive(),
});

const Criterion = z.object({ verdict: z.enum(['met', 'partly', 'missing']), reason: z.string(), question: z.string() });
export const SmartAssessment = z.object(Object.fromEntries(SMART_CRITERIA.map((criterion) => [criterion, Criterion])) as Record<
  (typeof SMART_CRITERIA)[number],
  typeof Criterion
>);

export const SmartAssessBody = z.object({
  title: z.string().max(300),
  horizon: z.enum(HORIZONS).optional(),
  ...GoalWords,
  engagementId: Uuid.optional().describe('Assess in this engagement: its values and goals'),
  parentId: Uuid.optional(),
  goalId: Uuid.optional().describe(
    "New words for this goal of the engagement: its metrics make them measurable, and Achievable weighs the pace its first metric has kept so far",
  ),
  locale: z.enum(['en', 'lv']).optional().describe("The language of reasons and questions; defaults to the reader's"),
});

export const Revision = z.object({
  id: Uuid,
  number: z.number().int(),
  author: z.object({ id: Uuid, name: z.string(), side: z.enum(SIDES) }),
  createdAt: Timestamp,
  reason: z.string(),
  title: z.string(),
  description: z.string(),
  whyItMatters: z.string(),
  horizon: z.enum(HORIZONS),
  parentId: Uuid.nullable().describe('Where the goal stands in the cascade under these words'),
  startsOn: CalendarDate.nullable(),
  dueOn: CalendarDate.nullable(),
  valueIds: z.array(Uuid),
  smart: SmartAssessment,
});

export const Goal = z.object({
  id: Uuid,
  engagementId: Uuid,
  parentId: Uuid.nullable(),
  horizon: z.enum(HORIZONS),
  state: z.enum(GOAL_STATES),
  version: z.number().int(),
  weight: z.number(),
  title: z.string().describe('The words in force: the active revision, or the latest draft'),
  activeRevision: Revision.nullable(),
  pendingRevision: Revision.nullable().describe('The revision awaiting agreement (or the draft being written)'),
  smart: SmartAssessment.describe('The SMART assessment of the words in force'),
  missingCriteria: z.array(z.enum(SMART_CRITERIA)),
  pendingAgreedBy: z.array(z.enum(SIDES)),
  awaitingAgreementFrom: z.array(z.enum(SIDES)),
  mySide: z.enum(SIDES),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  activatedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  closingReason: z.string().nullable(),
});
export const GoalList = z.object({ items: z.array(Goal) });

export const RevisionHistory = z.object({
  items: z.array(
    Revision.extend({
      changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      agreements: z.array(
        z.object({
          id: Uuid,
          user: z.object({ id: Uuid, name: z.string() }),
          side: z.enum(SIDES),
          decision: z.enum(['agree', 'decline']),
          comment: z.string(),
          implied: z.boolean().describe('Proposing a revision is agreeing to it'),
          at: Timestamp,
        }),
      ),
    }),
  ),
});

export function presentRevision(revision: RevisionView): z.infer<typeof Revision> {
  return {
    id: revision.id,
    number: revision.number,
    author: { id: revision.authorId, name: revision.authorName, side: revision.authorSide },
    createdAt: revision.createdAt.toISOString(),
    reason: revision.reason,
    title: revision.title,
    description: revision.description,
    whyItMatters: revision.whyItMatters,
    horizon: revision.horizon,
    parentId: revision.parentId,
    startsOn: revision.startsOn,
    dueOn: revision.dueOn,
    valueIds: revision.valueIds,
    smart: revision.smart,
  };
}

export function presentGoal(goal: GoalView): z.infer<typeof Goal> {
  const smart: SmartAssessmentType = goal.smart;
  return {
    id: goal.id,
    engagementId: goal.engagementId,
    parentId: goal.parentId,
    horizon: goal.horizon,
    state: goal.state,
    version: goal.version,
    weight: goal.weight,
    title: goal.current.title,
    activeRevision: goal.activeRevision ? presentRevision(goal.activeRevision) : null,
    pendingRevision: goal.pendingRevision ? presentRevision(goal.pendingRevision) : null,
    smart,
    missingCriteria: missingCriteria(smart),
    pendingAgreedBy: goal.pendingAgreedBy,
    awaitingAgreementFrom: goal.awaitingAgreementFrom,
    mySide: goal.mySide,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    activatedAt: goal.activatedAt?.toISOString() ?? null,
    closedAt: goal.closedAt?.toISOString() ?? null,
    closingReason: goal.closingReason,
  };
}

export function presentHistory(items: RevisionHistoryItem[]): z.infer<typeof RevisionHistory> {
  return {
    items: items.map((item) => ({
      ...presentRevision(item),
      changes: item.changes,
      agreements: item.agreements.map((agreement) => ({
        id: agreement.id,
        user: { id: agreement.userId, name: agreement.userName },
        side: agreement.side,
        decision: agreement.decision,
        comment: agreement.comment,
        implied: agreement.implied,
        at: agreement.at.toISOString(),
      })),
    })),
  };
}
