import { describe, expect, it } from 'vitest';
import { followSavedNotes, isDirty, keepDraft, startDraft, type NotesDraft } from './shared-notes-draft';

const v1 = { notes: 'First notes', version: 1 };

describe('followSavedNotes', () => {
  it('takes the new notes when nothing was typed', () => {
    expect(followSavedNotes(startDraft(v1), { notes: 'Their notes', version: 2 })).toEqual(startDraft({ notes: 'Their notes', version: 2 }));
  });

  it('moves the version on when only something else changed, keeping the typed text', () => {
    const typing: NotesDraft = { ...startDraft(v1), draft: 'First notes, and mine' };
    expect(followSavedNotes(typing, { notes: 'First notes', version: 2 })).toEqual({ ...typing, base: { notes: 'First notes', version: 2 } });
  });

  it('adopts the answer to the writer’s own save', () => {
    const typing: NotesDraft = { ...startDraft(v1), draft: 'Mine' };
    const after = followSavedNotes(typing, { notes: 'Mine', version: 2 });
    expect(after).toEqual({ draft: 'Mine', base: { notes: 'Mine', version: 2 }, conflict: 'none' });
    expect(isDirty(after)).toBe(false);
  });

  it('is a conflict when someone else saved other notes while the writer typed; the typed text stays', () => {
    const typing: NotesDraft = { ...startDraft(v1), draft: 'Mine' };
    expect(followSavedNotes(typing, { notes: 'Theirs', version: 2 })).toEqual({ ...typing, conflict: 'stale' });
  });

  it('leaves a conflict alone until the writer resolves it', () => {
    const conflicted: NotesDraft = { draft: 'Mine', base: v1, conflict: 'reloaded' };
    expect(followSavedNotes(conflicted, { notes: 'Theirs again', version: 3 })).toBe(conflicted);
  });
});

describe('keepDraft', () => {
  it('bases the typed text on the notes saved now', () => {
    expect(keepDraft({ draft: 'Mine', base: v1, conflict: 'reloaded' }, { notes: 'Theirs', version: 2 })).toEqual({
      draft: 'Mine',
      base: { notes: 'Theirs', version: 2 },
      conflict: 'none',
    });
  });
});
