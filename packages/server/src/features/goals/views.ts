import { awaitingAgreementFrom, diffRevisions, type FieldChange, type Locale, type Side, type SmartAssessment } from '@tandem/core';
import type { Sql } from '../../db/database.ts';
import * as repo from './repo.ts';

/** A revision as a reader sees it: its words and its SMART assessment in their language. */
export type RevisionView = repo.RevisionRow;

export type GoalView = repo.GoalRow & {
  /** The SMART assessment of the words in force, in the reader's language. */
  smart: SmartAssessment;
  activeRevision: RevisionView | null;
  pendingRevision: RevisionView | null;
  /** The words in force: the active revision, or while drafting the latest proposal. */
  current: RevisionView;
  awaitingAgreementFrom: Side[];
  mySide: Side;
};

/** What progress and the inbox need of a goal: where it sits, its state and dates, whose agreement it waits for. */
export type GoalOutline = Pick<GoalView, 'id' | 'practiceId' | 'engagementId' | 'parentId' | 'horizon' | 'state' | 'weight' | 'activatedAt' | 'awaitingAgreementFrom' | 'mySide'> & {
  /** The calendar day it became active, in the reader's time zone. */
  activatedOn: string | null;
  current: Pick<RevisionView, 'title' | 'startsOn' | 'dueOn'>;
};

export function outlineGoal(row: repo.GoalOutlineRow, side: Side): GoalOutline {
  const { title, startsOn, dueOn, activeRevisionId: _active, pendingRevisionId: _pending, pendingAgreedBy: _agreed, ...goal } = row;
  return { ...goal, current: { title, startsOn, dueOn }, awaitingAgreementFrom: awaitingAgreementFrom(row), mySide: side };
}

export type RevisionHistoryItem = RevisionView & { changes: FieldChange[]; agreements: repo.AgreementRow[] };

/** A goal as the reader on `side` sees it, from the goal and its revisions as read. */
function viewOf(goal: repo.GoalRow, read: Pick<repo.GoalInViewRow, 'active' | 'pending' | 'goalSmart'>, side: Side): GoalView {
  const current = read.active ?? read.pending;
  if (!current) throw new Error(`goal ${goal.id} has no revision`);
  return {
    ...goal,
    smart: read.goalSmart ?? current.smart,
    activeRevision: read.active,
    pendingRevision: read.pending,
    current,
    awaitingAgreementFrom: awaitingAgreementFrom(goal),
    mySide: side,
  };
}

/** Goals as the reader sees them, from rows that carry their revisions (`repo.GoalInViewRow`). */
export function viewGoals(rows: readonly repo.GoalInViewRow[], sideFor: (goal: repo.GoalRow) => Side): GoalView[] {
  return rows.map((row) => viewOf(row, row, sideFor(row)));
}

/** Loads the revisions of goals already read, in one query, and gives them as the reader sees them. */
export async function loadGoalViews(
  sql: Sql,
  goals: repo.GoalRow[],
  reader: { locale: Locale; sideFor: (goal: repo.GoalRow) => Side },
): Promise<GoalView[]> {
  const ids = goals.flatMap((goal) => [goal.activeRevisionId, goal.pendingRevisionId]).filter((id): id is string => id !== null);
  const revisions = new Map((await repo.findRevisions(sql, ids, reader.locale)).map(({ goalSmart, ...revision }) => [revision.id, { revision, goalSmart }]));
  const found = (id: string | null) => (id === null ? undefined : revisions.get(id));
  return goals.map((goal) => {
    const active = found(goal.activeRevisionId);
    const pending = found(goal.pendingRevisionId);
    const read = { active: active?.revision ?? null, pending: pending?.revision ?? null, goalSmart: (active ?? pending)?.goalSmart ?? null };
    return viewOf(goal, read, reader.sideFor(goal));
  });
}

/** Every revision of a goal, oldest first, each with what it changed and who agreed or declined. */
export async function loadRevisionHistory(sql: Sql, goalId: string, locale: Locale): Promise<RevisionHistoryItem[]> {
  // One transaction is one connection: its queries run one after another.
  const revisions = await repo.listRevisions(sql, [goalId], locale);
  const agreements = await repo.listAgreements(sql, goalId);
  return revisions.map((revision, index) => {
    const previous = index > 0 ? revisions[index - 1] : undefined;
    return {
      ...revision,
      changes: diffRevisions(previous ?? null, revision),
      agreements: agreements.filter((agreement) => agreement.revisionId === revision.id),
    };
  });
}
