import { describe, expect, it } from 'vitest';
import type { RiskStatus } from '../../api/types';
import { compareByRisk, sortByRisk, summarizeRisk } from './risk-summary';
import { cascadeNode } from './cascade-fixture';

const node = cascadeNode;

describe('summarizeRisk', () => {
  it('takes the worst status among the active goals, at any depth, and counts each', () => {
    const roots = [node('vision', 'on_track', [node('year', 'needs_attention', [node('month', 'at_risk'), node('other', 'at_risk')])]), node('draft', 'not_judged')];
    expect(summarizeRisk(roots)).toEqual({ worst: 'at_risk', atRisk: 2, needsAttention: 1, onTrack: 1 });
  });

  it('leaves drafts, proposals and closed goals out of the judgement', () => {
    expect(summarizeRisk([node('draft', 'not_judged', [node('proposal', 'not_judged')])])).toEqual({ worst: 'not_judged', atRisk: 0, needsAttention: 0, onTrack: 0 });
    expect(summarizeRisk([node('a', 'on_track'), node('b', 'not_judged')]).worst).toBe('on_track');
    expect(summarizeRisk([]).worst).toBe('not_judged');
  });
});

describe('sorting by risk', () => {
  const summary = (worst: RiskStatus, atRisk = 0, needsAttention = 0) => ({ worst, atRisk, needsAttention, onTrack: 0 });

  it('puts at risk before needs attention before on track before not judged or unknown', () => {
    const clients = [
      { name: 'James', risk: summary('on_track') },
      { name: 'Nobody yet', risk: undefined },
      { name: 'Marta', risk: summary('needs_attention', 0, 1) },
      { name: 'New', risk: summary('not_judged') },
      { name: 'Anna', risk: summary('at_risk', 1) },
    ];
    expect(sortByRisk(clients, (client) => client.risk).map((client) => client.name)).toEqual(['Anna', 'Marta', 'James', 'Nobody yet', 'New']);
  });

  it('among equals, more goals at risk first, then more needing attention; otherwise the order given', () => {
    expect(compareByRisk(summary('at_risk', 2), summary('at_risk', 1))).toBeLessThan(0);
    expect(compareByRisk(summary('at_risk', 1, 0), summary('at_risk', 1, 3))).toBeGreaterThan(0);
    const same = [
      { name: 'first', risk: summary('on_track') },
      { name: 'second', risk: summary('on_track') },
    ];
    expect(sortByRisk(same, (client) => client.risk).map((client) => client.name)).toEqual(['first', 'second']);
  });
});
