/** The words of a goal that a revision can change. */
export const REVISION_FIELDS = ['title', 'description', 'whyItMatters', 'horizon', 'parentId', 'startsOn', 'dueOn', 'valueIds'] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

export type RevisionContent = {
  title: string;
  description: string;
  whyItMatters: string;
  horizon: string;
  parentId: string | null;
  startsOn: string | null;
  dueOn: string | null;
  valueIds: readonly string[];
};

export type FieldChange = { field: RevisionField; before: unknown; after: unknown };

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return a === b;
}

/**
 * What changed from one revision to the next, field by field. The first revision is compared
 * with nothing, so every field it fills in shows as a change.
 */
export function diffRevisions(before: RevisionContent | null, after: RevisionContent): FieldChange[] {
  return REVISION_FIELDS.flatMap((field) => {
    const old = before ? before[field] : null;
    const now = after[field];
    const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (before === null ? isEmpty(now) : same(old, now)) return [];
    return [{ field, before: old, after: now }];
  });
}
