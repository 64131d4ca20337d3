import {
  addCalendarDays,
  calendarDateIn,
  describeRiskReason,
  outcomeNeedsReason,
  REVIEW_EVERY_DAYS,
  reviewDueOn,
  reviewQuestions,
  type Locale,
  type NextLook,
  type ReviewOutcome,
  type ReviewQuestionKey,
} from '@tandem/core';
import type { Actor, Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { sideOf } from '../goals/policy.ts';
import { accessGoal, closeGoal, reviseGoal } from '../goals/service.ts';
import { goalProgress } from '../progress/service.ts';
import * as repo from './repo.ts';

type StoredReason = repo.ReviewSnapshot['reasons'][number];
/** A review as its reader sees it: the snapshot's reasons in their language. */
export type Review = Omit<repo.ReviewRow, 'snapshot'> & {
  snapshot: Omit<repo.ReviewSnapshot, 'reasons' | 'askedOf'> & { reasons: (Omit<StoredReason, 'text'> & { text: string })[] };
  /** The questions answered, each with its answer, in the walk-through's order and the reader's language. */
  walkThrough: { key: ReviewQuestionKey; question: string; answer: string }[];
};
export type ReviewChanges = repo.ReviewChanges & { horizon?: 'vision' | 'year' | 'quarter' | 'month' | undefined };
export type NewReview = {
  outcome: ReviewOutcome;
  notes?: string | undefined;
  reason?: string | undefined;
  changes?: ReviewChanges | undefined;
  answers?: Record<string, unknown> | undefined;
  heldOn?: string | undefined;
  version?: number | undefined;
};

/** What a realignment may change: the values the goal serves (and so why it matters), and its parent goal. */
const REALIGN_FIELDS = new Set(['valueIds', 'whyItMatters', 'parentId']);

/**
 * A goal's reviews (latest first), when the next one is due, and the walk-through questions, in
 * the reader's language and worded for the goal.
 */
export async function listReviews(scope: Scope, goalId: string) {
  const { actor, goal } = await accessGoal(scope, goalId);
  const rows = await repo.listReviewsOfGoal(scope.tx, goalId);
  const reviewed = await repo.findReviewedGoal(scope.tx, goal.id);
  const next = nextLookOf(actor, goal, reviewed.dueOn, rows[0]?.heldOn ?? null);
  // The walk-through is worded for this goal: its horizon, and whether goals sit under it.
  const questions = reviewQuestions(actor.locale, { horizon: goal.horizon, hasGoalsUnder: reviewed.hasGoalsUnder });
  return { items: rows.map((row) => viewReview(row, actor.locale)), nextDueOn: next?.on ?? null, nextDueAt: next?.at ?? null, questions };
}

/**
 * Either side records a review of an active goal: where it stood (a snapshot of its progress and
 * risk), what was learnt, the answers to the walk-through, and the outcome. `modify` and
 * `realign` propose a revision that both sides must agree to (the words in force stay until
 * then); `drop` closes the goal with the reason, its history kept; `keep` changes nothing. The
 * next review is due 90 days after this one.
 */
export async function holdReview(scope: Scope, goalId: string, input: NewReview): Promise<Review> {
  const { actor, goal } = await accessGoal(scope, goalId, { forUpdate: true });
  if (goal.state !== 'active') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: only an active goal is reviewed.`, { extensions: { currentState: goal.state } });
  }
  if (input.version !== undefined && input.version !== goal.version) {
    throw new AppError('stale_version', 'Someone changed this goal since you loaded it. Reload it and try again.', {
      extensions: { currentVersion: goal.version },
    });
  }
  const today = calendarDateIn(actor.timeZone, scope.now);
  const heldOn = input.heldOn ?? today;
  if (heldOn > today) throw invalidField('heldOn', 'A review is recorded once it has been held: not after today.', 'in_future');
  const reason = input.reason?.trim() ?? '';
  if (outcomeNeedsReason(input.outcome) && reason.length < 3) {
    throw invalidField('reason', `Say why the goal is ${input.outcome === 'drop' ? 'dropped' : `${input.outcome}ed`} (at least 3 characters).`, 'reason_required');
  }
  const changes = checkChanges(input.outcome, input.changes ?? {});
  const answers = readAnswers(input.answers ?? {});
  const notes = input.notes?.trim() ?? '';
  // A goal kept says nothing of itself: the review is what was found, or it is no review.
  if (input.outcome === 'keep' && notes === '' && Object.keys(answers).length === 0) {
    throw invalidField('notes', 'Write what the review found: answer at least one question or add notes.', 'nothing_learnt');
  }

  const progress = await goalProgress(scope, goalId);
  const reviewed = await repo.findReviewedGoal(scope.tx, goalId);
  const snapshot: repo.ReviewSnapshot = {
    status: progress.risk.status,
    progress: progress.rolled.progress,
    expectedProgress: progress.rolled.expected,
    hasMeasure: progress.rolled.hasMeasure,
    reasons: progress.risk.reasons.map((reason) => ({
      code: reason.code,
      severity: reason.severity,
      params: { ...reason.params },
      text: { en: describeRiskReason(reason, 'en'), lv: describeRiskReason(reason, 'lv') },
    })),
    askedOf: { horizon: goal.horizon, hasGoalsUnder: reviewed.hasGoalsUnder },
  };
  const [last] = await repo.listReviewsOfGoal(scope.tx, goalId);
  const dueOn = nextLookOf(actor, goal, reviewed.dueOn, last?.heldOn ?? null)?.on ?? null;

  let revisionId: string | null = null;
  if (input.outcome === 'modify' || input.outcome === 'realign') {
    const revised = await reviseGoal(scope, goalId, { changes, reason, version: goal.version }).catch(namingChanges);
    revisionId = revised.pendingRevision?.id ?? null;
    if (!revisionId) throw new Error(`revising active goal ${goalId} left no pending revision`);
  } else if (input.outcome === 'drop') {
    await closeGoal(scope, goalId, { state: 'dropped', reason, version: goal.version });
  }
  const id = await repo.insertReview(scope.tx, {
    practiceId: goal.practiceId,
    engagementId: goal.engagementId,
    goalId,
    heldOn,
    dueOn,
    outcome: input.outcome,
    notes,
    reason,
    changes,
    revisionId,
    answers,
    snapshot,
    heldBy: actor.userId,
    at: scope.now,
  });
  const row = await repo.findReview(scope.tx, id);
  if (!row) throw new Error(`review ${id} vanished inside its own transaction`);
  return viewReview(row, actor.locale);
}

/**
 * Every review of an engagement held in a period (by default the last 90 days, a review cycle),
 * oldest first, with the goal's title: what the coach and the client look at together.
 */
export async function reviewSummary(scope: Scope, engagementId: string, period: { from?: string | undefined; to?: string | undefined }) {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  if (!sideOf(actor, engagement)) throw new AppError('forbidden', 'Only the coach and the client of this engagement review its goals.');
  const to = period.to ?? calendarDateIn(actor.timeZone, scope.now);
  const from = period.from ?? addCalendarDays(to, -REVIEW_EVERY_DAYS);
  if (from > to) throw invalidField('from', `The period starts after it ends (${to}).`, 'from_after_to');
  const rows = await repo.listReviewsOfEngagement(scope.tx, { engagementId: engagement.id, from, to });
  return { from, to, items: rows.map((row) => viewReview(row, actor.locale)) };
}


/**
 * The changes an outcome may carry: a revision's words for modify; the values and/or the parent
 * for realign; none otherwise.
 */
function checkChanges(outcome: ReviewOutcome, fields: ReviewChanges): ReviewChanges {
  const named = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
  if (outcome === 'keep' || outcome === 'drop') {
    if (named.length > 0) throw invalidField('changes', `A review that ends in ${outcome} changes no words; choose modify or realign.`, 'changes_not_allowed');
    return {};
  }
  if (outcome === 'modify' && named.length === 0) throw invalidField('changes', 'Say what changes: at least one field.', 'changes_required');
  if (outcome === 'modify' && fields.parentId !== undefined) {
    throw invalidField('changes.parentId', 'Moving a goal under another parent is a realignment: choose realign.', 'not_a_modification');
  }
  if (outcome === 'realign') {
    if ((!fields.valueIds || fields.valueIds.length === 0) && fields.parentId === undefined) {
      throw invalidField('changes.valueIds', 'A realignment names the values the goal serves from now on, or the goal it serves (parentId).', 'values_required');
    }
    const other = named.find((key) => !REALIGN_FIELDS.has(key));
    if (other) throw invalidField(`changes.${other}`, 'A realignment changes the linked values (and why the goal matters); choose modify for other changes.', 'not_a_realignment');
  }
  return fields;
}

/** A refused revision names its fields as they were posted here: inside `changes`. */
function namingChanges(error: unknown): never {
  if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
  const errors = error.errors.map((field) => ({ ...field, path: `changes.${field.path}` }));
  throw new AppError('validation_failed', errors.map((field) => `${field.path}: ${field.message}`).join('; '), { errors });
}

/** Answers by question key, trimmed; empty ones are left out. Unknown keys are refused by the schema. */
function readAnswers(answers: Record<string, unknown>): Partial<Record<ReviewQuestionKey, string>> {
  return Object.fromEntries(
    Object.entries(answers).flatMap(([key, text]) => (typeof text === 'string' && text.trim() !== '' ? [[key, text.trim()]] : [])),
  );
}

/**
 * When the goal is next looked back on, on the reader's calendar: its next review, or its end
 * (`dueOn`, of its words in force) when it ends before then; null for a goal that is not active.
 */
function nextLookOf(actor: Actor, goal: { state: string; activatedAt: Date | null }, dueOn: string | null, lastReviewOn: string | null): NextLook | null {
  return reviewDueOn({ state: goal.state, activatedOn: goal.activatedAt ? calendarDateIn(actor.timeZone, goal.activatedAt) : null, lastReviewOn, dueOn });
}

function viewReview(row: repo.ReviewRow, locale: Locale): Review {
  // Worded as they were asked: for the goal as it was reviewed (reviews held before that was kept, as it is now).
  const { askedOf, ...snapshot } = row.snapshot;
  const questions = reviewQuestions(locale, askedOf ?? { horizon: row.goalHorizon, hasGoalsUnder: row.goalHasGoalsUnder });
  return {
    ...row,
    snapshot: { ...snapshot, reasons: snapshot.reasons.map((reason) => ({ ...reason, text: reason.text[locale] })) },
    walkThrough: questions.flatMap(({ key, text }) => {
      const answer = row.answers[key];
      return answer ? [{ key, question: text, answer }] : [];
    }),
  };
}
