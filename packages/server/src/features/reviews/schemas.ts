import { REVIEW_OUTCOMES, REVIEW_QUESTION_KEYS, isReviewQuestionKey } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import { RevisionChanges } from '../goals/schemas.ts';
import type { Review as ReviewView } from './service.ts';

const Answers = z
  .looseObject(Object.fromEntries(REVIEW_QUESTION_KEYS.map((key) => [key, z.string().max(4000).optional()])) as Record<
    (typeof REVIEW_QUESTION_KEYS)[number],
    z.ZodOptional<z.ZodString>
  >)
  .superRefine((answers, context) => {
    for (const [key, value] of Object.entries(answers)) {
      if (!isReviewQuestionKey(key)) context.addIssue({ code: 'custom', path: [key], message: `Not a review question; ask one of ${REVIEW_QUESTION_KEYS.join(', ')}.` });
      else if (typeof value !== 'string' && value !== undefined) context.addIssue({ code: 'custom', path: [key], message: 'An answer is text.' });
    }
  })
  .describe('Answers to the walk-through questions, by question key (see GET /goals/{id}/reviews `questions`)');

export const NewReviewBody = z.object({
  outcome: z.enum(REVIEW_OUTCOMES).describe('keep: nothing changes; modify / realign: a revision both sides agree to; drop: the goal is closed'),
  notes: z.string().max(20000).optional().describe('What was learnt'),
  reason: z.string().trim().max(1000).optional().describe('Why: required for modify, realign and drop (at least 3 characters)'),
  changes: RevisionChanges.optional().describe(
    'For modify: the fields of the new revision, as in POST /goals/{id}/revisions (not parentId); for realign: valueIds and/or parentId (and whyItMatters)',
  ),
  answers: Answers.optional(),
  heldOn: CalendarDate.optional().describe("When the review was held; today on the reader's calendar by default"),
  version: z.number().int().positive().optional().describe('The goal version reviewed (optimistic locking)'),
});

export const ReviewsQuery = z.object({
  from: CalendarDate.optional().describe('First day (default: 90 days before `to`)'),
  to: CalendarDate.optional().describe("Last day (default: today on the reader's calendar)"),
});

const Snapshot = z.object({
  status: z.enum(['on_track', 'needs_attention', 'at_risk', 'not_judged']),
  progress: z.number().describe('0..1 when the review was held'),
  expectedProgress: z.number().nullable(),
  hasMeasure: z.boolean(),
  reasons: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['attention', 'risk']),
      params: z.record(z.string(), z.unknown()),
      text: z.string().describe("The reason in the reader's language"),
    }),
  ),
});

export const Review = z
  .object({
    id: Uuid,
    goalId: Uuid,
    engagementId: Uuid,
    goalTitle: z.string().describe('The goal’s words in force now'),
    heldOn: CalendarDate,
    dueOn: CalendarDate.nullable().describe('When the review was due as it was held'),
    outcome: z.enum(REVIEW_OUTCOMES),
    notes: z.string(),
    reason: z.string(),
    changes: z.record(z.string(), z.unknown()).describe('The changes asked for (modify, realign)'),
    revisionId: Uuid.nullable().describe('The revision a modify or realign proposed; it is in force once both sides agree'),
    answers: z.record(z.string(), z.string()),
    proposal: z
      .enum(['agreed', 'declined', 'waiting', 'replaced'])
      .nullable()
      .describe('What became of the change a modify or realign proposed (`revisionId`): agreed by both sides, declined, still waiting, or replaced by a later change; null for keep and drop'),
    walkThrough: z
      .array(z.object({ key: z.enum(REVIEW_QUESTION_KEYS), question: z.string(), answer: z.string() }))
      .describe("The walk-through's questions answered, each with its answer, in order and in the reader's language"),
    snapshot: Snapshot.describe('Progress and risk as they were when the review was held'),
    heldBy: z.object({ id: Uuid, name: z.string() }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Review', description: 'A 90-day review of a goal: a snapshot, what was learnt, and the outcome' });

export const GoalReviews = z.object({
  items: z.array(Review).describe('Latest first'),
  nextDueOn: CalendarDate.nullable().describe(
    'When the goal is next looked back on: 90 days after activation or the last review, or its due date when it ends before then; null for a goal that is not active',
  ),
  nextDueAt: z.enum(['review', 'goal_end']).nullable().describe("`goal_end` when `nextDueOn` is the goal's own due date (it ends before a 90-day review would fall due)"),
  questions: z.array(z.object({ key: z.enum(REVIEW_QUESTION_KEYS), text: z.string() })).describe("The walk-through, in the reader's language"),
});

export const ReviewSummary = z.object({
  from: CalendarDate,
  to: CalendarDate,
  items: z.array(Review).describe('Every review held in the period, oldest first'),
});

export function presentReview(review: ReviewView): z.infer<typeof Review> {
  return {
    id: review.id,
    goalId: review.goalId,
    engagementId: review.engagementId,
    goalTitle: review.goalTitle,
    heldOn: review.heldOn,
    dueOn: review.dueOn,
    outcome: review.outcome,
    notes: review.notes,
    reason: review.reason,
    changes: review.changes,
    revisionId: review.revisionId,
    proposal: review.proposal,
    answers: Object.fromEntries(Object.entries(review.answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    walkThrough: review.walkThrough,
    snapshot: review.snapshot,
    heldBy: { id: review.heldById, name: review.heldByName },
    createdAt: new Date(review.createdAt).toISOString(),
  };
}
