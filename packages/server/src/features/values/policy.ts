import type { Actor } from '../../context.ts';
import { isClientOf } from '../engagements/policy.ts';

/**
 * Values and aspirations are the client's own words: the client writes them, the coach reads them.
 */
export function canWriteValues(actor: Actor, engagement: { practiceId: string; coachId: string; clientId: string | null }) {
  return isClientOf(actor, engagement);
}
