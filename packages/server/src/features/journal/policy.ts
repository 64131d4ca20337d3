import type { Actor } from '../../context.ts';
import { isClientOf } from '../engagements/policy.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/** The journal is the client's: only they write in it, and only they share or unshare an entry. */
export function canWriteJournal(actor: Actor, engagement: EngagementParties): boolean {
  return isClientOf(actor, engagement);
}

/**
 * What of the journal someone reads: the client all of it, the engagement's coach only the
 * entries the client shares with them, anyone else nothing.
 */
export function journalReadingOf(actor: Actor, engagement: EngagementParties): 'all' | 'shared' | null {
  if (engagement.practiceId !== actor.practiceId) return null;
  if (engagement.clientId === actor.userId) return 'all';
  if (engagement.coachId === actor.userId) return 'shared';
  return null;
}
