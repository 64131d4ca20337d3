import { describe, expect, it } from 'vitest';
import { diffRevisions, type RevisionContent } from './revision-diff.ts';

const first: RevisionContent = {
  title: 'Deliver 5 presentations',
  description: '',
  whyItMatters: 'To lead the team',
  horizon: 'quarter',
  parentId: null,
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
  it('shows a move under another parent, and the first parent of a step of the cascade', () => {
    expect(diffRevisions(first, { ...first, parentId: 'g2' })).toEqual([{ field: 'parentId', before: null, after: 'g2' }]);
    expect(diffRevisions(null, { ...first, parentId: 'g1' }).map((change) => change.field)).toContain('parentId');
  });
  it('treats the same values in another order as no change', () => {
    expect(diffRevisions({ ...first, valueIds: ['a', 'b'] }, { ...first, valueIds: ['b', 'a'] })).toEqual([]);
  });
});
