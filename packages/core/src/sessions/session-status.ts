/**
 * A coaching session is `planned` until it is `held` (it took place) or `cancelled`. A session
 * marked held by mistake goes back to planned, and a cancelled one can be planned again; a held
 * session is never cancelled, nor a cancelled one held, without passing through planned.
 */
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const ALLOWED: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  planned: ['held', 'cancelled'],
  held: ['planned'],
  cancelled: ['planned'],
};

/** Whether a session may go from one status to another (staying put is always allowed). */
export function canChangeSessionStatus(from: SessionStatus, to: SessionStatus): boolean {
  return from === to || ALLOWED[from].includes(to);
}

/** How long a session may last, in minutes: from a quick check-in call to a full-day workshop. */
export const SESSION_DURATION_MINUTES = { min: 5, max: 720 } as const;
