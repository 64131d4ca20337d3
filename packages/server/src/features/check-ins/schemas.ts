import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import { CHECK_IN_KINDS } from './repo.ts';
import type { CheckIn as CheckInRow } from './service.ts';

export const NewCheckInBody = z.object({
  kind: z.enum(CHECK_IN_KINDS),
  effectiveOn: CalendarDate.describe('The day the check-in speaks for; a past date back-fills the history'),
  text: z.string().max(4000).optional(),
  confidence: z.number().int().min(0).max(10).optional().describe('How confident the client feels, 0-10'),
  values: z
    .array(z.object({ metricId: Uuid, value: z.number().finite() }))
    .max(50)
    .optional()
    .describe('For kind metric: a value for one or more metrics (a whole scorecard at once)'),
  stakeholderName: z.string().trim().max(200).optional().describe('For stakeholder feedback heard in person'),
  supersedesId: Uuid.optional().describe('The check-in this one corrects'),
});

export const CheckIn = z.object({
  id: Uuid,
  goalId: Uuid,
  kind: z.enum(CHECK_IN_KINDS),
  effectiveOn: CalendarDate,
  text: z.string(),
  confidence: z.number().int().nullable(),
  rating: z.number().int().nullable().describe('A stakeholder\'s rating, 1-5'),
  values: z.array(z.object({ metricId: Uuid, value: z.number() })),
  author: z.object({ id: Uuid, name: z.string(), side: z.enum(['coach', 'client']) }).nullable(),
  stakeholderName: z.string().nullable(),
  supersedesId: Uuid.nullable(),
  supersededById: Uuid.nullable().describe('Set when a later check-in corrects this one'),
  createdAt: Timestamp,
});
export const CheckInList = z.object({
  items: z.array(CheckIn).describe('Oldest first, by the date they speak for, then by when they were recorded'),
  nextCursor: Uuid.nullable().describe('Pass as `before` for the page before this one; null when there is none (always, without `limit`)'),
});
export const CheckInListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional().describe('The latest this many (before `before`); all of them when left out'),
  before: Uuid.optional().describe('The nextCursor of the page after: the check-ins that come before it'),
});

export function presentCheckIn(row: CheckInRow): z.infer<typeof CheckIn> {
  return {
    id: row.id,
    goalId: row.goalId,
    kind: row.kind,
    effectiveOn: row.effectiveOn,
    text: row.text,
    confidence: row.confidence,
    rating: row.rating,
    values: row.values.map((entry) => ({ metricId: entry.metricId, value: Number(entry.value) })),
    author: row.authorId && row.authorName && row.authorSide ? { id: row.authorId, name: row.authorName, side: row.authorSide } : null,
    stakeholderName: row.stakeholderName,
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
