import { describe, expect, it } from 'vitest';
import type { Agreement, Goal, Revision } from '../../api/types';
import { revisionStatus } from './revision-status';

const words = { id: 'r2' } as Revision;
const agreement = (side: 'coach' | 'client', decision: 'agree' | 'decline'): Agreement => ({
  id: `${side}-${decision}`,
  user: { id: side, name: side },
  side,
  decision,
  comment: decision === 'decline' ? 'Not yet' : '',
  implied: false,
  at: '2026-01-01T10:00:00.000Z',
});
const goal = (state: Goal['state'], active: string | null, pending: string | null) => ({
  state,
  activeRevision: active ? { ...words, id: active } : null,
  pendingRevision: pending ? { ...words, id: pending } : null,
});

describe('revisionStatus', () => {
  it.each<[string, Agreement[], ReturnType<typeof goal>, boolean, string]>([
    ['the words in force', [agreement('client', 'agree'), agreement('coach', 'agree')], goal('active', 'r2', null), true, 'inForce'],
    ['a proposal waiting for the other side', [agreement('client', 'agree')], goal('proposed', null, 'r2'), true, 'awaiting'],
    ['a change to an active goal', [agreement('coach', 'agree')], goal('active', 'r1', 'r2'), true, 'awaiting'],
    ['a draft nobody proposed', [], goal('draft', null, 'r2'), true, 'draft'],
    ['a proposal declined back to a draft', [agreement('client', 'agree'), agreement('coach', 'decline')], goal('draft', null, 'r2'), true, 'declined'],
    ['a change declined on an active goal', [agreement('client', 'agree'), agreement('coach', 'decline')], goal('active', 'r1', null), true, 'declined'],
    ['words in force once, since changed', [agreement('client', 'agree'), agreement('coach', 'agree')], goal('active', 'r3', null), false, 'wasInForce'],
    ['a proposal replaced by another', [agreement('client', 'agree')], goal('proposed', null, 'r3'), false, 'replaced'],
    ['a change left unagreed when the goal was dropped', [agreement('client', 'agree')], goal('dropped', 'r1', null), true, 'notAgreed'],
  ])('%s', (_name, agreements, state, isLatest, expected) => {
    expect(revisionStatus({ id: 'r2', agreements }, state, isLatest)).toBe(expected);
  });
});
