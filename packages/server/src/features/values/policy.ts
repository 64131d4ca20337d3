import type { Actor } from '../../context.ts';
import { isClientOf } from '../engagements/policy.ts';
import { sideOf } from '../goals/policy.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/**
 * Values and aspirations stay between the engagement's two people, as its goals do (which link to
 * them): its client and its coach read them; the practice's owner, who sees who works with whom,
 * does not read the values of a client they do not coach.
 */
export function canReadValues(actor: Actor, engagement: EngagementParties) {
  return sideOf(actor, engagement) !== null;
}

/**
 * Values and aspirations are the client's own words: the client writes them, the coach reads them.
 */
export function canWriteValues(actor: Actor, engagement: EngagementParties) {
  return isClientOf(actor, engagement);
}
