import { describe, expect, it } from 'vitest';
import { applyGoalEvent, awaitingAgreementFrom, type GoalEvent, type GoalStatus } from './lifecycle.ts';

const status = (state: GoalStatus['state'], pending: string | null, agreedBy: GoalStatus['pendingAgreedBy'] = [], active: string | null = null): GoalStatus => ({
  state,
  activeRevisionId: active,
  pendingRevisionId: pending,
  pendingAgreedBy: agreedBy,
});

describe('applyGoalEvent: what happens', () => {
  it.each<[string, GoalStatus, GoalEvent, Partial<GoalStatus>, boolean]>([
    ['the author proposes their draft by agreeing to it', status('draft', 'r1'), { kind: 'agree', by: 'client', revisionId: 'r1' }, { state: 'proposed', pendingAgreedBy: ['client'] }, false],
    ['the other side agrees: the goal is active', status('proposed', 'r1', ['client']), { kind: 'agree', by: 'coach', revisionId: 'r1' }, { state: 'active', activeRevisionId: 'r1', pendingRevisionId: null, pendingAgreedBy: [] }, true],
    ['the other side declines: back to drafting', status('proposed', 'r1', ['client']), { kind: 'decline', by: 'coach', revisionId: 'r1' }, { state: 'draft', pendingRevisionId: 'r1', pendingAgreedBy: [] }, false],
    ['the other side proposes a change: they agree to it, the author is asked', status('proposed', 'r1', ['client']), { kind: 'revise', by: 'coach', revisionId: 'r2' }, { state: 'proposed', pendingRevisionId: 'r2', pendingAgreedBy: ['coach'] }, false],
    ['editing a draft keeps it a draft', status('draft', 'r1'), { kind: 'revise', by: 'client', revisionId: 'r2' }, { state: 'draft', pendingRevisionId: 'r2', pendingAgreedBy: [] }, false],
    ['editing an active goal proposes a change; the active words stay', status('active', null, [], 'r1'), { kind: 'revise', by: 'client', revisionId: 'r2' }, { state: 'active', activeRevisionId: 'r1', pendingRevisionId: 'r2', pendingAgreedBy: ['client'] }, false],
    ['the change to an active goal is agreed: it takes force', status('active', 'r2', ['client'], 'r1'), { kind: 'agree', by: 'coach', revisionId: 'r2' }, { state: 'active', activeRevisionId: 'r2', pendingRevisionId: null }, true],
    ['the change to an active goal is declined: the active words stay', status('active', 'r2', ['client'], 'r1'), { kind: 'decline', by: 'coach', revisionId: 'r2' }, { state: 'active', activeRevisionId: 'r1', pendingRevisionId: null }, false],
    ['an active goal is achieved', status('active', null, [], 'r1'), { kind: 'achieve', by: 'client' }, { state: 'achieved', activeRevisionId: 'r1' }, false],
    ['a draft is dropped with its last words', status('draft', 'r1'), { kind: 'drop', by: 'coach' }, { state: 'dropped', pendingRevisionId: 'r1' }, false],
    ['an active goal is dropped, its pending change with it', status('active', 'r2', ['coach'], 'r1'), { kind: 'drop', by: 'client' }, { state: 'dropped', activeRevisionId: 'r1', pendingRevisionId: null }, false],
  ])('%s', (_name, before, event, expected, activated) => {
    const outcome = applyGoalEvent(before, event);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.status).toMatchObject(expected);
      expect(outcome.activated).toBe(activated);
    }
  });
});

describe('applyGoalEvent: what is refused', () => {
  it.each<[string, GoalStatus, GoalEvent, object]>([
    ['agreeing twice to the same words', status('proposed', 'r1', ['client']), { kind: 'agree', by: 'client', revisionId: 'r1' }, { reason: 'already_agreed', side: 'client' }],
    ['agreeing to an older revision', status('proposed', 'r2', ['coach']), { kind: 'agree', by: 'client', revisionId: 'r1' }, { reason: 'not_pending_revision', pendingRevisionId: 'r2' }],
    ['declining a draft nobody proposed', status('draft', 'r1'), { kind: 'decline', by: 'coach', revisionId: 'r1' }, { reason: 'invalid_transition', state: 'draft', event: 'decline' }],
    ['declining your own proposal', status('proposed', 'r1', ['client']), { kind: 'decline', by: 'client', revisionId: 'r1' }, { reason: 'already_agreed', side: 'client' }],
    ['achieving a goal that is not active', status('proposed', 'r1', ['client']), { kind: 'achieve', by: 'client' }, { reason: 'invalid_transition', state: 'proposed', event: 'achieve' }],
    ['revising an achieved goal', status('achieved', null, [], 'r1'), { kind: 'revise', by: 'coach', revisionId: 'r2' }, { reason: 'invalid_transition', state: 'achieved', event: 'revise' }],
    ['agreeing to a dropped goal', status('dropped', null), { kind: 'agree', by: 'coach', revisionId: 'r1' }, { reason: 'invalid_transition', state: 'dropped', event: 'agree' }],
    ['dropping a dropped goal', status('dropped', null), { kind: 'drop', by: 'coach' }, { reason: 'invalid_transition', state: 'dropped', event: 'drop' }],
    ['agreeing when nothing is pending', status('active', null, [], 'r1'), { kind: 'agree', by: 'coach', revisionId: 'r1' }, { reason: 'not_pending_revision', pendingRevisionId: null }],
  ])('%s', (_name, before, event, refusal) => {
    expect(applyGoalEvent(before, event)).toEqual({ ok: false, refusal });
  });
});

describe('awaitingAgreementFrom', () => {
  it.each<[GoalStatus, string[]]>([
    [status('draft', 'r1'), []],
    [status('proposed', 'r1', ['client']), ['coach']],
    [status('active', 'r2', ['coach'], 'r1'), ['client']],
    [status('active', null, [], 'r1'), []],
    [status('dropped', 'r1'), []],
  ])('%o → %o', (goal, expected) => expect(awaitingAgreementFrom(goal)).toEqual(expected));
});
