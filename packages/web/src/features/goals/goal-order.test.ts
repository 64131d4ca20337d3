import { describe, expect, it } from 'vitest';
import type { Goal, Revision, SmartAssessment } from '../../api/types';
import { goalChoices, goalGroup, groupGoals, isAwaitingMe, metCount } from './goal-order';

const criterion = (verdict: 'met' | 'partly' | 'missing') => ({ verdict, reason: '', question: '' });
const smart: SmartAssessment = {
  specific: criterion('met'),
  measurable: criterion('partly'),
  achievable: criterion('met'),
  relevant: criterion('missing'),
  timeBound: criterion('met'),
};

function revision(dueOn: string | null): Revision {
  return {
    id: 'r',
    number: 1,
    author: { id: 'u', name: 'Marta', side: 'client' },
    createdAt: '2026-01-01T10:00:00.000Z',
    reason: '',
    parentId: null,
    title: '',
    description: '',
    whyItMatters: '',
    horizon: 'quarter',
    startsOn: null,
    dueOn,
    valueIds: [],
    smart,
  };
}

function goal(title: string, init: Partial<Goal> & { dueOn?: string | null } = {}): Goal {
  const { dueOn = null, ...rest } = init;
  return {
    id: title,
    engagementId: 'e',
    parentId: null,
    horizon: 'quarter',
    state: 'active',
    version: 1,
    weight: 1,
    title,
    activeRevision: revision(dueOn),
    pendingRevision: null,
    smart,
    missingCriteria: ['relevant'],
    pendingAgreedBy: [],
    awaitingAgreementFrom: [],
    mySide: 'coach',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    activatedAt: null,
    closedAt: null,
    closingReason: null,
    ...rest,
  };
}

describe('goalGroup', () => {
  it.each<[string, Partial<Goal>, string]>([
    ['a proposal waiting for my side', { state: 'proposed', awaitingAgreementFrom: ['coach'] }, 'awaitingMe'],
    ['a change to an active goal waiting for my side', { state: 'active', awaitingAgreementFrom: ['coach'] }, 'awaitingMe'],
    ['a proposal waiting for the other side', { state: 'proposed', awaitingAgreementFrom: ['client'] }, 'proposed'],
    ['an active goal', { state: 'active' }, 'active'],
    ['a draft', { state: 'draft' }, 'draft'],
    ['an achieved goal', { state: 'achieved' }, 'closed'],
    ['a dropped goal', { state: 'dropped' }, 'closed'],
  ])('%s', (_name, init, expected) => expect(goalGroup(goal('g', init))).toBe(expected));

  it('knows the reader by their side', () => {
    expect(isAwaitingMe({ awaitingAgreementFrom: ['client'], mySide: 'client' })).toBe(true);
    expect(isAwaitingMe({ awaitingAgreementFrom: ['client'], mySide: 'coach' })).toBe(false);
  });
});

describe('groupGoals', () => {
  it('puts what waits for me first and closed goals last, skipping empty groups', () => {
    const groups = groupGoals([
      goal('dropped', { state: 'dropped', closedAt: '2026-01-02T00:00:00.000Z' }),
      goal('draft', { state: 'draft' }),
      goal('achieved', { state: 'achieved', closedAt: '2026-01-05T00:00:00.000Z' }),
      goal('active'),
      goal('waiting', { state: 'proposed', awaitingAgreementFrom: ['coach'] }),
    ], 'en');
    expect(groups.map((entry) => [entry.group, entry.goals.map((g) => g.title)])).toEqual([
      ['awaitingMe', ['waiting']],
      ['active', ['active']],
      ['draft', ['draft']],
      ['closed', ['achieved', 'dropped']],
    ]);
  });

  it('orders a group down the cascade, then by the nearest due date, undated last', () => {
    const [active] = groupGoals([
      goal('month, undated', { horizon: 'month' }),
      goal('quarter, later', { dueOn: '2026-06-30' }),
      goal('vision', { horizon: 'vision', dueOn: '2028-01-01' }),
      goal('month, soon', { horizon: 'month', dueOn: '2026-02-01' }),
      goal('quarter, sooner', { dueOn: '2026-03-31' }),
    ], 'en');
    expect(active?.goals.map((g) => g.title)).toEqual(['vision', 'quarter, sooner', 'quarter, later', 'month, soon', 'month, undated']);
  });

  it('breaks ties by title as readers of the UI language sort: in Latvian every Č after every C', () => {
    const titles = ['Čempionāts', 'Dzīve', 'Cits', 'ābols'];
    const tied = titles.map((title) => goal(title));
    expect(groupGoals(tied, 'lv')[0]?.goals.map((g) => g.title)).toEqual(['ābols', 'Cits', 'Čempionāts', 'Dzīve']);
    expect(groupGoals(tied, 'en')[0]?.goals.map((g) => g.title)).toEqual(['ābols', 'Čempionāts', 'Cits', 'Dzīve']);
  });
});

describe('goalChoices', () => {
  it('offers the goals in force first, then proposed ones and drafts, each in cascade order and named with its horizon, leaving out the states not asked for', () => {
    const goals = [
      goal('draft, month', { state: 'draft', horizon: 'month' }),
      goal('achieved', { state: 'achieved' }),
      goal('active, month', { horizon: 'month', dueOn: '2026-02-01' }),
      goal('proposed', { state: 'proposed' }),
      goal('draft, vision', { state: 'draft', horizon: 'vision' }),
      goal('active, quarter', { dueOn: '2026-03-31' }),
      goal('dropped', { state: 'dropped' }),
      goal('active, vision', { horizon: 'vision' }),
    ];
    const horizonName = (horizon: string) => ({ vision: 'Vision', year: '12 months', quarter: '90 days', month: '30 days' })[horizon] ?? horizon;
    expect(goalChoices(goals, 'en', ['active', 'proposed', 'draft'], horizonName).map((choice) => choice.label)).toEqual([
      'active, vision (Vision)',
      'active, quarter (90 days)',
      'active, month (30 days)',
      'proposed (90 days)',
      'draft, vision (Vision)',
      'draft, month (30 days)',
    ]);
    expect(goalChoices(goals, 'en', ['active', 'achieved'], horizonName)).toEqual([
      { value: 'active, vision', label: 'active, vision (Vision)' },
      { value: 'active, quarter', label: 'active, quarter (90 days)' },
      { value: 'active, month', label: 'active, month (30 days)' },
      { value: 'achieved', label: 'achieved (90 days)' },
    ]);
  });
});

describe('metCount', () => {
  it('counts met criteria only', () => expect(metCount(smart)).toBe(3));
});
