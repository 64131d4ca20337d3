/** Notes as saved on the server, with the session version they belong to. */
export type SavedNotes = { notes: string; version: number };

/**
 * - none: the draft is based on the notes as saved now
 * - stale: someone else saved other notes meanwhile; the writer is told, their text kept
 * - reloaded: the saved version is on screen beside the writer's text, to keep one or the other
 */
export type NotesConflict = 'none' | 'stale' | 'reloaded';

/** What the shared-notes editor holds: the text being written and the saved notes it started from. */
export type NotesDraft = { draft: string; base: SavedNotes; conflict: NotesConflict };

export function startDraft(saved: SavedNotes): NotesDraft {
  return { draft: saved.notes, base: saved, conflict: 'none' };
}

export function isDirty(state: NotesDraft): boolean {
  return state.draft !== state.base.notes;
}

/**
 * The session arrived anew (a reload, a refetch, the answer to a save). The draft follows the
 * saved notes unless the writer typed something they would overwrite: then it is a conflict,
 * and the typed text stays. A new version whose notes are unchanged (the status changed, say)
 * only moves the version on.
 */
export function followSavedNotes(state: NotesDraft, saved: SavedNotes): NotesDraft {
  if (state.conflict !== 'none') return state;
  if (saved.notes === state.draft || saved.notes === state.base.notes) return { ...state, base: saved };
  if (!isDirty(state)) return startDraft(saved);
  return { ...state, conflict: 'stale' };
}

/** After a conflict: the writer keeps their text, to be saved over the notes saved now. */
export function keepDraft(state: NotesDraft, saved: SavedNotes): NotesDraft {
  return { draft: state.draft, base: saved, conflict: 'none' };
}
