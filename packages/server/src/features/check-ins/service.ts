import { calendarDateIn } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField, outsideScale, type FieldError } from '../../errors.ts';
import { accessGoal } from '../goals/service.ts';
import { metricsOfGoals } from '../metrics/service.ts';
import * as repo from './repo.ts';

export type CheckIn = repo.CheckInRow;
export type NewCheckIn = {
  kind: repo.CheckInKind;
  effectiveOn: string;
  text?: string | undefined;
  confidence?: number | undefined;
  values?: { metricId: string; value: number }[] | undefined;
  stakeholderName?: string | undefined;
  supersedesId?: string | undefined;
};

function refuse(errors: FieldError[]): AppError {
  return new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

/**
 * Records a check-in on an active goal: numbers for its metrics (one, or a whole scorecard), or
 * words (an observation, a self-report, stakeholder feedback, a mindset shift). A check-in dated
 * in the past takes its place in the history at that date. Nothing is overwritten: a correction
 * is a new check-in that supersedes the old one.
 */
export async function recordCheckIn(scope: Scope, goalId: string, input: NewCheckIn): Promise<CheckIn> {
  const actor = requireActor(scope);
  const values = input.values ?? [];
  const text = input.text?.trim() ?? '';
  const inputErrors = checkInput(input, values, text, calendarDateIn(actor.timeZone, scope.now));
  const row = {
    goalId,
    authorId: actor.userId,
    kind: input.kind,
    effectiveOn: input.effectiveOn,
    text,
    confidence: input.confidence ?? null,
    stakeholderName: input.stakeholderName?.trim() || null,
    supersedesId: input.supersedesId ?? null,
    at: scope.now,
    values,
  };
  // The common case in one statement: a well-formed check-in (not a correction) on an active goal
  // of the author's own engagement is written, and its values checked against the metrics the
  // statement found; a bad value refuses it and the transaction takes it back. When nothing was
  // written, the goal is looked up to say why.
  if (inputErrors.length === 0 && !input.supersedesId) {
    const written = await repo.insertCheckIn(scope.tx, row);
    if (written) return keptIfValuesFit(values, written);
  }
  const { goal } = await accessGoal(scope, goalId);
  if (goal.state !== 'active') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: check-ins are for active goals.`, { extensions: { currentState: goal.state } });
  }
  const errors = [...inputErrors];
  if (input.supersedesId) {
    const old = await repo.findCheckIn(scope.tx, input.supersedesId);
    if (!old || old.goalId !== goal.id) errors.push({ path: 'supersedesId', message: 'Not a check-in of this goal.', code: 'unknown_check_in' });
    else if (old.supersededById) errors.push({ path: 'supersedesId', message: 'That check-in has already been corrected.', code: 'already_superseded' });
    else if (old.kind !== input.kind) errors.push({ path: 'kind', message: 'A correction keeps the kind of what it corrects.', code: 'kind_mismatch' });
  }
  if (errors.length > 0) {
    // Refused anyway: name every bad value too, so that one answer lists all there is to fix.
    if (values.length > 0) errors.push(...checkValues(values, await metricsOfGoals(scope, [goal.id])));
    throw refuse(errors);
  }
  const written = await repo.insertCheckIn(scope.tx, row);
  if (!written) throw new Error(`Check-in on goal ${goal.id} was not written although the goal is active and its author's`);
  const checkIn = keptIfValuesFit(values, written);
  if (checkIn.supersedesId) await repo.refreshProgressOfGoal(scope.tx, goal.id);
  return checkIn;
}

/** What can be said of a check-in without looking anything up. */
function checkInput(input: NewCheckIn, values: readonly { metricId: string; value: number }[], text: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.effectiveOn > today) errors.push({ path: 'effectiveOn', message: 'A check-in cannot be dated in the future.', code: 'future_date' });
  if (input.kind === 'metric' && values.length === 0) errors.push({ path: 'values', message: 'Give at least one metric value.', code: 'values_required' });
  if (input.kind !== 'metric' && values.length > 0) errors.push({ path: 'values', message: 'Only metric check-ins carry values.', code: 'values_not_allowed' });
  if (input.kind !== 'metric' && text.length === 0) errors.push({ path: 'text', message: 'Say what happened.', code: 'text_required' });
  const seen = new Set<string>();
  values.forEach((entry, index) => {
    if (seen.has(entry.metricId)) errors.push({ path: `values.${index}.metricId`, message: 'Each metric once.', code: 'duplicate_metric' });
    seen.add(entry.metricId);
  });
  return errors;
}

/** The check-in just written, or a refusal naming each value that fits no metric of the goal. */
function keptIfValuesFit(values: readonly { metricId: string; value: number }[], written: { checkIn: CheckIn; targets: repo.ValueTarget[] }): CheckIn {
  const valueErrors = checkValues(values, written.targets);
  if (valueErrors.length > 0) throw refuse(valueErrors);
  return written.checkIn;
}

/** Each value must name a live metric of the goal, and a scale item's value lie on its scale. */
function checkValues(values: readonly { metricId: string; value: number }[], targets: readonly repo.ValueTarget[]): FieldError[] {
  const byId = new Map(targets.map((target) => [target.id, target]));
  const errors: FieldError[] = [];
  values.forEach((entry, index) => {
    const metric = byId.get(entry.metricId);
    if (!metric) errors.push({ path: `values.${index}.metricId`, message: 'Not a metric of this goal.', code: 'unknown_metric' });
    else if (metric.kind === 'scale' && metric.min !== null && metric.max !== null && (entry.value < metric.min || entry.value > metric.max)) {
      errors.push(outsideScale(`values.${index}.value`, { min: metric.min, max: metric.max }));
    }
  });
  return errors;
}

export async function listCheckIns(scope: Scope, goalId: string): Promise<CheckIn[]> {
  const { goal } = await accessGoal(scope, goalId);
  return repo.listCheckIns(scope.tx, [goal.id]);
}

/** A page of a goal's check-ins: oldest first, as the whole list; `nextCursor` names where the page before it ends. */
export type CheckInPage = { items: CheckIn[]; nextCursor: string | null };

/**
 * A goal's check-ins a page at a time, from the latest back: the `limit` latest before the
 * check-in `before` (the `nextCursor` of the page after it), oldest first within the page, with
 * the cursor of the page before when there is one. Without a `limit`, all of them (before
 * `before`): what an export or a chart of the whole history reads.
 */
export async function pageOfCheckIns(scope: Scope, goalId: string, page: { limit?: number | undefined; before?: string | undefined }): Promise<CheckInPage> {
  const { goal } = await accessGoal(scope, goalId);
  // One more than asked for tells whether there is a page before.
  const rows = await repo.listLatestCheckIns(scope.tx, goal.id, { limit: page.limit === undefined ? null : page.limit + 1, before: page.before });
  if (rows.length === 0 && page.before !== undefined && !(await repo.isCheckInOfGoal(scope.tx, goal.id, page.before))) {
    throw invalidField('before', 'Use the nextCursor of the page after: the id of a check-in of this goal.', 'invalid_cursor');
  }
  const items = rows.slice(0, page.limit ?? rows.length).reverse();
  const oldest = items[0];
  return { items, nextCursor: rows.length > items.length && oldest ? oldest.id : null };
}

/** The check-ins of several goals the caller has already been given access to. */
export function checkInsOfGoals(scope: Scope, goalIds: readonly string[]): Promise<CheckIn[]> {
  return repo.listCheckIns(scope.tx, goalIds);
}

/** The values in force of metrics the caller has already been given access to, in order: their charts. */
export function historyOfMetrics(scope: Scope, metricIds: readonly string[]) {
  return repo.listMetricObservations(scope.tx, metricIds);
}
