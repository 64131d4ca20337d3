import { describe, expect, it } from 'vitest';
import { followUpsForAgenda, type GoalToFollowUp } from './agenda.ts';
import { isCommitmentOverdue } from './commitments.ts';
import { canChangeSessionStatus } from './session-status.ts';
import { describeCarriedItem } from './wording.ts';

const goal = (changes: Partial<GoalToFollowUp>): GoalToFollowUp => ({
  id: 'g',
  title: 'Run 5 km',
  state: 'active',
  riskStatus: 'on_track',
  reasons: [],
  activatedOn: '2026-09-01',
  lastReviewOn: null,
  dueOn: null,
  ...changes,
});

describe('followUpsForAgenda', () => {
  it('carries open commitments by due date, goals at risk with their risk reasons, and reviews due', () => {
    const items = followUpsForAgenda({
      openCommitments: [
        { id: 'c1', goalId: null, text: 'Call mentor', dueOn: null, owner: 'client' },
        { id: 'c2', goalId: 'g1', text: 'Draft talk', dueOn: '2026-10-20', owner: 'client' },
      ],
      goals: [
        goal({
          id: 'g1',
          riskStatus: 'at_risk',
          reasons: [
            { code: 'low_confidence', severity: 'attention', params: { confidence: 4, lastCheckInOn: null } },
            { code: 'overdue', severity: 'risk', params: { days: 3, dueOn: '2026-10-10' } },
          ],
          activatedOn: '2026-09-20',
        }),
        goal({ id: 'g2', activatedOn: '2026-07-20' }),
        goal({ id: 'g3', state: 'proposed', riskStatus: 'not_judged', activatedOn: null }),
      ],
      today: '2026-10-13',
      sessionDay: '2026-10-15',
    });
    expect(items.map((item) => [item.kind, item.sourceId])).toEqual([
      ['commitment', 'c2'],
      ['commitment', 'c1'],
      ['goal_at_risk', 'g1'],
      // Activated 2026-07-20: the review falls due 2026-10-18, within 7 days of the session.
      ['review_due', 'g2'],
    ]);
    expect(items[2]?.detail).toEqual({ kind: 'goal_at_risk', title: 'Run 5 km', reasons: [{ code: 'overdue', severity: 'risk', params: { days: 3, dueOn: '2026-10-10' } }] });
  });

  it.each<[string, string, string, boolean]>([
    ['overdue long ago', '2026-06-01', '2026-10-06', true],
    ['due the day the look-ahead ends', '2026-07-15', '2026-10-06', true],
    ['due a day after it', '2026-07-16', '2026-10-06', false],
    ['due a week after a session next week', '2026-07-20', '2026-10-13', true],
    ['seen from a session in the past: today counts', '2026-07-15', '2026-10-01', true],
  ])('review %s', (_, activatedOn, sessionDay, carried) => {
    // Due 90 days after activation; today is 2026-10-06: the look-ahead ends 7 days after today or the session, the later.
    const items = followUpsForAgenda({ openCommitments: [], goals: [goal({ activatedOn })], today: '2026-10-06', sessionDay });
    expect(items.some((item) => item.kind === 'review_due')).toBe(carried);
  });

  it('carries a goal that ends before its 90-day review as due at its end, and a goal reviewed lately not at all', () => {
    // Activated 2026-09-01: its 90-day review falls due on 2026-11-30, but it ends on 2026-10-10.
    const ending = followUpsForAgenda({ openCommitments: [], goals: [goal({ dueOn: '2026-10-10' })], today: '2026-10-06', sessionDay: '2026-10-08' });
    expect(ending.map((item) => item.detail)).toEqual([{ kind: 'review_due', title: 'Run 5 km', dueOn: '2026-10-10' }]);
    const reviewed = followUpsForAgenda({
      openCommitments: [],
      goals: [goal({ activatedOn: '2026-06-01', lastReviewOn: '2026-09-20' })],
      today: '2026-10-06',
      sessionDay: '2026-10-08',
    });
    expect(reviewed).toEqual([]);
  });
});

describe('carried items in words', () => {
  it('speaks English and Latvian', () => {
    const risk = { kind: 'goal_at_risk' as const, title: 'Run 5 km', reasons: [{ code: 'overdue' as const, severity: 'risk' as const, params: { days: 3, dueOn: '2026-10-10' } }] };
    expect(describeCarriedItem(risk, '', 'en')).toBe('“Run 5 km” is at risk. Due 3 days ago and not yet achieved.');
    expect(describeCarriedItem(risk, '', 'lv')).toMatch(/^Mērķis „Run 5 km” ir apdraudēts\. Termiņš ir pagājis/);
    // Read later, a goal's risk is told as it stood on the day it was carried: it may have recovered since.
    expect(describeCarriedItem(risk, '', 'en', '2026-10-13')).toBe('On 13 Oct 2026, “Run 5 km” was at risk. Due 3 days ago and not yet achieved.');
    expect(describeCarriedItem(risk, '', 'lv', '2026-10-13')).toMatch(/^Stāvoklis 2026\. gada 13\. okt\.: mērķis „Run 5 km” bija apdraudēts\. Termiņš ir pagājis/);
    const review = { kind: 'review_due' as const, title: 'Run 5 km', dueOn: '2026-10-18' };
    expect(describeCarriedItem(review, '', 'en')).toBe('Review “Run 5 km”: due 18 Oct 2026.');
    expect(describeCarriedItem(review, '', 'lv')).toMatch(/^Mērķa „Run 5 km” pārskatīšana: termiņš 2026\. gada 18\. okt/);
    expect(describeCarriedItem({ kind: 'commitment', owner: 'client', dueOn: null }, 'Call mentor', 'lv')).toBe('Call mentor');
  });
});

describe('commitments and sessions', () => {
  it.each<[string, 'open' | 'done' | 'dropped', string | null, boolean]>([
    ['due yesterday', 'open', '2026-10-12', true],
    ['due today', 'open', '2026-10-13', false],
    ['no due date', 'open', null, false],
    ['done late', 'done', '2026-10-01', false],
    ['dropped', 'dropped', '2026-10-01', false],
  ])('a commitment %s is overdue: %s', (_, status, dueOn, overdue) => {
    expect(isCommitmentOverdue({ status, dueOn }, '2026-10-13')).toBe(overdue);
  });

  it.each<['planned' | 'held' | 'cancelled', 'planned' | 'held' | 'cancelled', boolean]>([
    ['planned', 'held', true],
    ['planned', 'cancelled', true],
    ['held', 'planned', true],
    ['cancelled', 'planned', true],
    ['held', 'cancelled', false],
    ['cancelled', 'held', false],
    ['held', 'held', true],
  ])('a session goes from %s to %s: %s', (from, to, allowed) => {
    expect(canChangeSessionStatus(from, to)).toBe(allowed);
  });
});
