import { describe, expect, it } from 'vitest';
import { branchIds, cascadeGoals, orderCascade } from './cascade';
import { cascadeNode } from './cascade-fixture';

const node = cascadeNode;

describe('walking the cascade', () => {
  it('lists parents before children, and the goals that have a branch to open', () => {
    const roots = [node('vision', 'on_track', [node('year', 'on_track', [node('month', 'on_track')])]), node('lone', 'on_track')];
    expect(cascadeGoals(roots).map((goal) => goal.goalId)).toEqual(['vision', 'year', 'month', 'lone']);
    expect(branchIds(roots)).toEqual(['vision', 'year']);
  });
});

describe('orderCascade', () => {
  it('orders siblings at every level: farther horizon, goals under way, sooner due date, then title', () => {
    const draft = { ...node('draft year', 'not_judged'), horizon: 'year' as const };
    const vision = { ...node('vision', 'on_track'), horizon: 'vision' as const };
    const later = { ...node('later', 'on_track'), dueOn: '2027-03-01' };
    const sooner = { ...node('sooner', 'at_risk'), dueOn: '2027-01-01' };
    const undated = node('undated', 'on_track');
    const closed = { ...node('closed', 'not_judged'), state: 'achieved' as const, dueOn: '2026-01-01' };
    const ordered = orderCascade([draft, { ...vision, children: [undated, closed, later, sooner] }], 'en');
    expect(ordered.map((goal) => goal.goalId)).toEqual(['vision', 'draft year']);
    expect(ordered[0]?.children.map((goal) => goal.goalId)).toEqual(['sooner', 'later', 'undated', 'closed']);
  });

  it('breaks ties by title in the UI language, at every level', () => {
    const vision = { ...node('vision', 'on_track'), horizon: 'vision' as const, children: [node('Čempionāts', 'on_track'), node('Cits', 'on_track')] };
    expect(orderCascade([vision], 'lv')[0]?.children.map((goal) => goal.title)).toEqual(['Cits', 'Čempionāts']);
    expect(orderCascade([vision], 'en')[0]?.children.map((goal) => goal.title)).toEqual(['Čempionāts', 'Cits']);
  });
});
