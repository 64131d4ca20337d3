import { applyGoalEvent, goalClosedEmail, type GoalEvent, type GoalRefusal, type Locale, type Side, type SmartAssessment } from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { getEngagementParties, type EngagementParties } from '../engagements/service.ts';
import { keptAnswer, type WrittenAnswer } from '../kept-answers/service.ts';
import { findPersonToTell } from '../outbox/repo.ts';
import { tellPerson } from '../outbox/service.ts';
import { assessForStorage, assessGoal, type AssessmentContext, type GoalContent } from './assessment.ts';
import { checkContent, readContent } from './content.ts';
import { canViewEngagement } from '../engagements/policy.ts';
import { sideOf } from './policy.ts';
import * as repo from './repo.ts';
import { loadGoalViews, loadRevisionHistory, outlineGoal, viewGoals, type GoalOutline, type GoalView, type RevisionHistoryItem } from './views.ts';

export type { GoalOutline, GoalView, RevisionHistoryItem };
export type GoalDraft = Partial<Omit<GoalContent, 'title' | 'horizon'>> & Pick<GoalContent, 'title' | 'horizon'> & { parentId?: string | null | undefined };
type Access = { actor: Actor; engagement: Pick<EngagementParties, 'id' | 'practiceId' | 'coachId' | 'clientId'>; side: Side };

/** The engagement's goals, for its coach and its client only: anyone else gets 404 or 403. */
export async function accessGoals(scope: Scope, engagementId: string): Promise<Access> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  const side = sideOf(actor, engagement);
  if (!side) throw new AppError('forbidden', 'Only the coach and the client of this engagement work on its goals.');
  return { actor, engagement, side };
}

/**
 * A goal the actor works on (its engagement's coach or client), with their side. Other features
 * (metrics, check-ins) start here: anything else is 404 or 403.
 */
export async function accessGoal(scope: Scope, goalId: string, options: { forUpdate?: boolean } = {}) {
  const actor = requireActor(scope);
  return checkGoalAccess(actor, await repo.findGoalWithParties(scope.tx, goalId, options));
}

/** A goal the actor works on, found with the parties of its engagement; anything else is 404 or 403. */
function checkGoalAccess<Goal extends repo.GoalRow>(actor: Actor, found: { goal: Goal; engagement: Access['engagement'] } | undefined) {
  if (!found || found.goal.practiceId !== actor.practiceId || !canViewEngagement(actor, found.engagement)) {
    throw new AppError('goal_not_found', 'No such goal.');
  }
  const side = sideOf(actor, found.engagement);
  if (!side) throw new AppError('forbidden', 'Only the coach and the client of this engagement work on its goals.');
  return { actor, engagement: found.engagement, side, goal: found.goal };
}

function refusalError(refusal: GoalRefusal): AppError {
  switch (refusal.reason) {
    case 'invalid_transition':
      return new AppError('invalid_transition', `The goal is ${refusal.state}: it cannot be ${refusal.event}d now.`, {
        extensions: { currentState: refusal.state },
      });
    case 'not_pending_revision':
      return new AppError('not_pending_revision', 'That revision is not the one awaiting agreement. Reload the goal.', {
        extensions: { pendingRevisionId: refusal.pendingRevisionId },
      });
    case 'already_agreed':
      return new AppError('already_agreed', 'Your side has already agreed to this revision.');
  }
}

async function viewGoal(scope: Scope, access: Access, goalId: string): Promise<GoalView> {
  const goal = await repo.findGoal(scope.tx, goalId);
  if (!goal) throw new AppError('goal_not_found', 'No such goal.');
  const [view] = await loadGoalViews(scope.tx, [goal], { locale: access.actor.locale, sideFor: () => access.side });
  if (!view) throw new AppError('goal_not_found', 'No such goal.');
  return view;
}

/**
 * Saves the outcome of an event, refusing it when the goal changed since `version`. The goal's
 * horizon and parent follow the words in force: the active revision, or while drafting the latest
 * proposal. A revision that moves the goal in the cascade is checked again when it takes force,
 * since the cascade may have changed while it waited for agreement.
 */
async function saveOutcome(scope: Scope, goal: repo.GoalRow, event: GoalEvent, version: number, extra: { closingReason?: string } = {}) {
  const outcome = applyGoalEvent(goal, event);
  if (!outcome.ok) throw refusalError(outcome.refusal);
  const inForce = outcome.status.activeRevisionId ?? outcome.status.pendingRevisionId;
  const [words] = inForce ? await repo.findRevisions(scope.tx, [inForce], requireActor(scope).locale) : [];
  const parentId = words ? words.parentId : goal.parentId;
  if (words && parentId !== goal.parentId) await checkMoveStillFits(scope, goal, words);
  const saved = await repo.updateGoalStatus(scope.tx, goal.id, version, {
    ...outcome.status,
    horizon: words?.horizon ?? goal.horizon,
    parentId,
    at: scope.now,
    activatedAt: outcome.activated && !goal.activatedAt ? scope.now : undefined,
    closedAt: outcome.status.state === 'achieved' || outcome.status.state === 'dropped' ? scope.now : undefined,
    closingReason: extra.closingReason,
  });
  if (!saved) throw staleVersion(goal.version);
}

async function checkMoveStillFits(scope: Scope, goal: repo.GoalRow, words: repo.RevisionRow) {
  const { problems } = await readContent(scope, goal.engagementId, words, words.parentId, goal.id, true);
  if (problems.length === 0) return;
  throw new AppError('conflict', `This change no longer fits the cascade: ${problems.map((problem) => problem.message).join(' ')}`, {
    errors: problems,
  });
}

function staleVersion(current: number): AppError {
  return new AppError('stale_version', 'Someone changed this goal since you loaded it. Reload it and try again.', {
    extensions: { currentVersion: current },
  });
}

async function appendRevision(
  scope: Scope,
  access: Access,
  goal: { id: string; parentId: string | null },
  content: GoalContent,
  context: AssessmentContext,
  reason: string,
) {
  return repo.insertRevision(scope.tx, {
    practiceId: access.engagement.practiceId,
    goalId: goal.id,
    parentId: goal.parentId,
    authorId: access.actor.userId,
    authorSide: access.side,
    createdAt: scope.now,
    reason,
    ...content,
    smart: assessForStorage(content, context, { now: scope.now, timeZone: access.actor.timeZone }),
  });
}

/** Either side drafts a goal. It stays a draft until someone agrees to its words. */
export async function draftGoal(scope: Scope, engagementId: string, draft: GoalDraft & { reason?: string | undefined }): Promise<GoalView> {
  const access = await accessGoals(scope, engagementId);
  const content: GoalContent = {
    title: draft.title.trim(),
    description: draft.description?.trim() ?? '',
    whyItMatters: draft.whyItMatters?.trim() ?? '',
    horizon: draft.horizon,
    startsOn: draft.startsOn ?? null,
    dueOn: draft.dueOn ?? null,
    valueIds: [...new Set(draft.valueIds ?? [])],
  };
  const parentId = draft.parentId ?? null;
  const context = await checkContent(scope, engagementId, content, parentId, null, true);
  const goalId = await repo.insertGoal(scope.tx, {
    practiceId: access.engagement.practiceId,
    engagementId,
    parentId,
    horizon: content.horizon,
    createdBy: access.actor.userId,
    at: scope.now,
  });
  const revisionId = await appendRevision(scope, access, { id: goalId, parentId }, content, context, draft.reason?.trim() ?? '');
  await repo.setFirstRevision(scope.tx, goalId, revisionId);
  return viewGoal(scope, access, goalId);
}

/** What a revision may change: the words, and the goal's parent in the cascade (null: none). */
export type GoalChanges = Partial<GoalContent> & { parentId?: string | null | undefined };

/**
 * A new revision of the goal's words, with the reason for it. On a proposed or active goal it is
 * a proposal the author agrees to; the other side is asked. The active words stay in force, and
 * so does the goal's place in the cascade until a move to another parent is agreed.
 */
export async function reviseGoal(scope: Scope, goalId: string, input: { changes: GoalChanges; reason: string; version: number }): Promise<GoalView> {
  const access = await accessGoal(scope, goalId, { forUpdate: true });
  const { goal } = access;
  if (goal.version !== input.version) throw staleVersion(goal.version);
  const [base] = await loadGoalViews(scope.tx, [goal], { locale: access.actor.locale, sideFor: () => access.side });
  const words = base?.pendingRevision ?? base?.activeRevision;
  if (!words) throw new AppError('goal_not_found', 'No such goal.');
  const content: GoalContent = {
    title: (input.changes.title ?? words.title).trim(),
    description: (input.changes.description ?? words.description).trim(),
    whyItMatters: (input.changes.whyItMatters ?? words.whyItMatters).trim(),
    horizon: input.changes.horizon ?? words.horizon,
    startsOn: input.changes.startsOn === undefined ? words.startsOn : input.changes.startsOn,
    dueOn: input.changes.dueOn === undefined ? words.dueOn : input.changes.dueOn,
    valueIds: input.changes.valueIds ? [...new Set(input.changes.valueIds)] : words.valueIds,
  };
  const parentId = input.changes.parentId === undefined ? words.parentId : input.changes.parentId;
  const context = await checkContent(scope, goal.engagementId, content, parentId, goal.id, parentId !== goal.parentId);
  const revisionId = await appendRevision(scope, access, { id: goal.id, parentId }, content, context, input.reason.trim());
  await saveOutcome(scope, goal, { kind: 'revise', by: access.side, revisionId }, input.version);
  if (goal.state !== 'draft') {
    await repo.insertAgreement(scope.tx, {
      practiceId: goal.practiceId, goalId: goal.id, revisionId, userId: access.actor.userId, side: access.side,
      decision: 'agree', comment: '', implied: true, at: scope.now,
    });
  }
  return viewGoal(scope, access, goal.id);
}

/** A side agrees to the revision awaiting agreement, or declines it with a comment. */
export async function decideOnRevision(
  scope: Scope,
  goalId: string,
  input: { revisionId: string; decision: 'agree' | 'decline'; comment?: string | undefined },
): Promise<GoalView> {
  const comment = input.comment?.trim() ?? '';
  if (input.decision === 'decline' && comment.length < 3) {
    throw invalidField('comment', 'Say why you decline (at least 3 characters).', 'comment_required');
  }
  const access = await accessGoal(scope, goalId, { forUpdate: true });
  const { goal } = access;
  await saveOutcome(scope, goal, { kind: input.decision, by: access.side, revisionId: input.revisionId }, goal.version);
  await repo.insertAgreement(scope.tx, {
    practiceId: goal.practiceId, goalId: goal.id, revisionId: input.revisionId, userId: access.actor.userId, side: access.side,
    decision: input.decision, comment, implied: false, at: scope.now,
  });
  await recordAuditEvent(scope, {
    actorId: access.actor.userId, practiceId: goal.practiceId, action: input.decision === 'agree' ? 'goal_agreed' : 'goal_declined',
    subjectType: 'goal', subjectId: goal.id, details: { revisionId: input.revisionId, engagementId: goal.engagementId },
  });
  return viewGoal(scope, access, goal.id);
}

/** Either side marks an active goal achieved, or drops an open one, saying why. */
export async function closeGoal(scope: Scope, goalId: string, input: { state: 'achieved' | 'dropped'; reason: string; version: number }) {
  const access = await accessGoal(scope, goalId, { forUpdate: true });
  if (access.goal.version !== input.version) throw staleVersion(access.goal.version);
  const event: GoalEvent = input.state === 'achieved' ? { kind: 'achieve', by: access.side } : { kind: 'drop', by: access.side };
  await saveOutcome(scope, access.goal, event, input.version, { closingReason: input.reason.trim() });
  const closed = await viewGoal(scope, access, goalId);
  await emailClosing(scope, access, closed, input.state);
  return closed;
}

/**
 * Either side closes a goal without the other's agreement: the other side is emailed at once, in
 * their language, who closed which goal and how (a client who has not joined yet has no address).
 */
async function emailClosing(scope: Scope, access: Access, goal: GoalView, outcome: 'achieved' | 'dropped'): Promise<void> {
  const otherSide = access.side === 'coach' ? access.engagement.clientId : access.engagement.coachId;
  const closedBy = await findPersonToTell(scope.tx, access.actor.userId);
  await tellPerson(scope, { practiceId: goal.practiceId, engagementId: goal.engagementId }, { type: 'goal_closed', id: goal.id }, otherSide, (person) =>
    goalClosedEmail(person.locale, {
      recipientName: person.name,
      closedByName: closedBy?.name ?? '',
      goalTitle: goal.current.title,
      outcome,
      link: `${scope.publicUrl}/goals/${goal.id}`,
    }),
  );
}

/** A goal as the reader sees it: its access check and its revisions in one statement. */
export async function getGoal(scope: Scope, goalId: string): Promise<GoalView> {
  const actor = requireActor(scope);
  const { goal, side } = checkGoalAccess(actor, await repo.findGoalInViewWithParties(scope.tx, goalId, actor.locale));
  const [view] = viewGoals([goal], () => side);
  if (!view) throw new AppError('goal_not_found', 'No such goal.');
  return view;
}

export async function listGoals(scope: Scope, engagementId: string): Promise<GoalView[]> {
  return goalViewsOf(scope, await accessGoals(scope, engagementId));
}

/** The goals of an engagement the reader was given access to, as they see them. */
async function goalViewsOf(scope: Scope, access: Access): Promise<GoalView[]> {
  return loadGoalViews(scope.tx, await repo.listGoals(scope.tx, [access.engagement.id]), { locale: access.actor.locale, sideFor: () => access.side });
}

/**
 * The engagement's goals as `write` writes them for the reader (checked and written as JSON),
 * kept between requests while none of them changes: the engagement's goals stamp moves with
 * every change to a goal (its state, its words in force or proposed, who agreed, its assessment)
 * and with a new name of either party, who author its revisions (decisions 021, 026); check-ins
 * and the day do not change a goal list.
 */
export async function keptGoalList(scope: Scope, engagementId: string, write: (goals: GoalView[]) => string): Promise<WrittenAnswer> {
  const access = await accessGoals(scope, engagementId);
  return keptAnswer(scope, engagementId, 'goals', async () => write(await goalViewsOf(scope, access)), 'goals');
}

/** An engagement's goals in outline (what progress needs), in one query, after the same access check. */
export async function listGoalOutlines(scope: Scope, engagementId: string): Promise<GoalOutline[]> {
  const access = await accessGoals(scope, engagementId);
  return (await repo.listGoalOutlines(scope.tx, [engagementId], access.actor.timeZone)).map((row) => outlineGoal(row, access.side));
}

/**
 * The goals of several engagements in outline, for someone already known to take part in each
 * on the side given (the inbox): one query, however many engagements.
 */
export async function listGoalOutlinesOfEngagements(scope: Scope, engagements: readonly { id: string; side: Side }[]): Promise<GoalOutline[]> {
  const actor = requireActor(scope);
  if (engagements.length === 0) return [];
  const sides = new Map(engagements.map((engagement) => [engagement.id, engagement.side]));
  const rows = await repo.listGoalOutlines(scope.tx, [...sides.keys()], actor.timeZone);
  return rows.map((row) => outlineGoal(row, sides.get(row.engagementId) ?? 'client'));
}

export async function getRevisionHistory(scope: Scope, goalId: string): Promise<RevisionHistoryItem[]> {
  const access = await accessGoal(scope, goalId);
  return loadRevisionHistory(scope.tx, goalId, access.actor.locale);
}

/** The goals, across the person's engagements, whose words wait for their agreement. */
export async function listAwaitingMyAgreement(scope: Scope): Promise<GoalView[]> {
  const actor = requireActor(scope);
  const waiting = await repo.listAwaitingAgreement(scope.tx, actor.userId);
  const sides = new Map(waiting.map((item) => [item.goalId, item.side]));
  const goals = await repo.findGoals(scope.tx, [...sides.keys()]);
  return loadGoalViews(scope.tx, goals, { locale: actor.locale, sideFor: (goal) => sides.get(goal.id) ?? 'client' });
}

export type DraftToAssess = Partial<GoalContent> & {
  title: string;
  engagementId?: string | undefined;
  parentId?: string | undefined;
  goalId?: string | undefined;
  locale?: Locale | undefined;
};

/**
 * Assesses words being written, before they are saved: in an engagement's context (its values,
 * the parent goal) when one is named, or on the words and dates alone.
 */
export async function assessDraft(scope: Scope, draft: DraftToAssess): Promise<SmartAssessment> {
  const actor = requireActor(scope);
  const content: GoalContent = {
    title: draft.title,
    description: draft.description ?? '',
    whyItMatters: draft.whyItMatters ?? '',
    horizon: draft.horizon ?? 'quarter',
    startsOn: draft.startsOn ?? null,
    dueOn: draft.dueOn ?? null,
    valueIds: draft.valueIds ?? [],
  };
  let context: AssessmentContext = { linkedValueCount: content.valueIds.length, parent: null, metrics: [] };
  if (draft.engagementId) {
    // Words being typed are judged, not refused: a wrong link shows in the verdicts instead.
    await accessGoals(scope, draft.engagementId);
    // New words for a goal are judged with its metrics and their pace so far, as they will be
    // when saved; a goal of another engagement is not one to judge them with.
    const goal = draft.goalId ? (await accessGoal(scope, draft.goalId)).goal : undefined;
    if (goal && goal.engagementId !== draft.engagementId) throw new AppError('goal_not_found', 'No such goal in this engagement.');
    context = (await readContent(scope, draft.engagementId, content, draft.parentId ?? null, goal?.id ?? null)).context;
  } else if (draft.goalId) {
    throw new AppError('validation_failed', 'A goal is assessed in its engagement: send engagementId too.', {
      errors: [{ path: 'engagementId', message: 'Required with goalId', code: 'too_small' }],
    });
  }
  return assessGoal(content, context, { locale: draft.locale ?? actor.locale, now: scope.now, timeZone: actor.timeZone });
}

/**
 * Judges the goal's words in force again, with its metrics as they are now, and keeps that
 * assessment on the goal (each revision keeps the one it was saved with). Called when a metric is added.
 */
export async function reassessGoal(scope: Scope, goalId: string): Promise<void> {
  const access = await accessGoal(scope, goalId);
  const [view] = await loadGoalViews(scope.tx, [access.goal], { locale: access.actor.locale, sideFor: () => access.side });
  if (!view) return;
  const { context } = await readContent(scope, access.goal.engagementId, view.current, access.goal.parentId, goalId);
  await repo.setCurrentAssessment(scope.tx, goalId, assessForStorage(view.current, context, { now: scope.now, timeZone: access.actor.timeZone }));
}
