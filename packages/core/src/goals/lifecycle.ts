/**
 * A goal's life: a `draft` becomes `proposed` when one side agrees to its words, and `active`
 * only when the coach and the client have both agreed to the same revision. An active goal is
 * `achieved` or `dropped` in the end. Editing an active goal proposes a new revision; the active
 * one stays in force until the other side agrees.
 */
export const GOAL_STATES = ['draft', 'proposed', 'active', 'achieved', 'dropped'] as const;
export type GoalState = (typeof GOAL_STATES)[number];

/** The two sides of an engagement. */
export const SIDES = ['coach', 'client'] as const;
export type Side = (typeof SIDES)[number];

export type GoalStatus = {
  state: GoalState;
  activeRevisionId: string | null;
  pendingRevisionId: string | null;
  /** The sides that have agreed to the pending revision. */
  pendingAgreedBy: readonly Side[];
};

export type GoalEvent =
  | { kind: 'revise'; by: Side; revisionId: string }
  | { kind: 'agree'; by: Side; revisionId: string }
  | { kind: 'decline'; by: Side; revisionId: string }
  | { kind: 'achieve'; by: Side }
  | { kind: 'drop'; by: Side };

/**
 * Why an event cannot happen: the goal is in the wrong state for it, the revision is not the
 * one awaiting agreement, or this side has already agreed to it.
 */
export type GoalRefusal =
  | { reason: 'invalid_transition'; state: GoalState; event: GoalEvent['kind'] }
  | { reason: 'not_pending_revision'; pendingRevisionId: string | null }
  | { reason: 'already_agreed'; side: Side };

export type GoalOutcome =
  | { ok: true; status: GoalStatus; activated: boolean }
  | { ok: false; refusal: GoalRefusal };

const OPEN_STATES: readonly GoalState[] = ['draft', 'proposed', 'active'];

function refuse(status: GoalStatus, event: GoalEvent): GoalOutcome {
  return { ok: false, refusal: { reason: 'invalid_transition', state: status.state, event: event.kind } };
}

function accept(status: GoalStatus, activated = false): GoalOutcome {
  return { ok: true, status, activated };
}

/** Applies one event to a goal's status, or says why it cannot happen. */
export function applyGoalEvent(status: GoalStatus, event: GoalEvent): GoalOutcome {
  switch (event.kind) {
    case 'revise':
      if (!OPEN_STATES.includes(status.state)) return refuse(status, event);
      // Editing a draft is still drafting; a revision of a proposed or active goal is a proposal,
      // and whoever proposes it agrees to it.
      return accept({
        ...status,
        pendingRevisionId: event.revisionId,
        pendingAgreedBy: status.state === 'draft' ? [] : [event.by],
      });

    case 'agree': {
      if (!OPEN_STATES.includes(status.state)) return refuse(status, event);
      if (status.pendingRevisionId !== event.revisionId) {
        return { ok: false, refusal: { reason: 'not_pending_revision', pendingRevisionId: status.pendingRevisionId } };
      }
      if (status.pendingAgreedBy.includes(event.by)) return { ok: false, refusal: { reason: 'already_agreed', side: event.by } };
      const agreedBy = [...status.pendingAgreedBy, event.by];
      if (SIDES.every((side) => agreedBy.includes(side))) {
        return accept({ state: 'active', activeRevisionId: event.revisionId, pendingRevisionId: null, pendingAgreedBy: [] }, true);
      }
      return accept({ ...status, state: status.state === 'draft' ? 'proposed' : status.state, pendingAgreedBy: agreedBy });
    }

    case 'decline':
      if (status.state !== 'proposed' && status.state !== 'active') return refuse(status, event);
      if (status.pendingRevisionId !== event.revisionId) {
        return { ok: false, refusal: { reason: 'not_pending_revision', pendingRevisionId: status.pendingRevisionId } };
      }
      if (status.pendingAgreedBy.includes(event.by)) return { ok: false, refusal: { reason: 'already_agreed', side: event.by } };
      // A declined proposal goes back to drafting; a declined change to an active goal is
      // withdrawn, and the active words stay in force.
      return status.state === 'proposed'
        ? accept({ ...status, state: 'draft', pendingAgreedBy: [] })
        : accept({ ...status, pendingRevisionId: null, pendingAgreedBy: [] });

    case 'achieve':
      if (status.state !== 'active') return refuse(status, event);
      return accept({ ...status, state: 'achieved', pendingRevisionId: null, pendingAgreedBy: [] });

    case 'drop':
      if (!OPEN_STATES.includes(status.state)) return refuse(status, event);
      // A goal that never became active keeps its last words as the words it was dropped with.
      return accept({
        ...status,
        state: 'dropped',
        pendingRevisionId: status.activeRevisionId ? null : status.pendingRevisionId,
        pendingAgreedBy: [],
      });
  }
}

/** The side whose agreement a goal is waiting for, if any. */
export function awaitingAgreementFrom(status: GoalStatus): Side[] {
  if (status.pendingRevisionId === null || (status.state !== 'proposed' && status.state !== 'active')) return [];
  return SIDES.filter((side) => !status.pendingAgreedBy.includes(side));
}
