import { describe, expect, it } from 'vitest';
import { diffRevisions, type RevisionContent } from './revision-diff.ts';

const first: RevisionContent = {
  title: 'Deliver 5 presentations',
  description: '',
  whyItMatters: 'To lead the team',
  horizon: 'quarter',
  startsOn: '2026-01-01',
  dueOn: '2026-03-31',
  valueIds: ['v1'],
};

describe('diffRevisions', () => {
  it('shows every filled-in field of the first revision', () => {
    expect(diffRevisions(null, first).map((change) => change.field)).toEqual(['title', 'whyItMatters', 'horizon', 'startsOn', 'dueOn', 'valueIds']);
  });
  it('shows only what changed, with before and after', () => {
    expect(diffRevisions(first, { ...first, title: 'Deliver 6 presentations', dueOn: '2026-03-15' })).toEqual([
      { field: 'title', before: 'Deliver 5 presentations', after: 'Deliver 6 presentations' },
      { field: 'dueOn', before: '2026-03-31', after: '2026-03-15' },
    ]);
  });
  it('treats the same values in another order as no change', () => {
    expect(diffRevisions({ ...first, valueIds: ['a', 'b'] }, { ...first, valueIds: ['b', 'a'] })).toEqual([]);
  });
});
