import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import type { JournalEntry as JournalEntryRow } from './service.ts';

export const NewJournalEntryBody = z.object({
  body: z.string().trim().min(1, 'Required').max(20000),
  goalId: Uuid.optional().describe('The goal the entry is about'),
});

export const JournalEntryChangesBody = z
  .object({
    body: z.string().trim().min(1, 'Required').max(20000).optional().describe('The new words of the entry'),
    goalId: Uuid.nullable().optional().describe('The goal the entry is about; null for none'),
  })
  .refine((changes) => changes.body !== undefined || changes.goalId !== undefined, 'Send at least one of body, goalId');

export const JournalEntry = z.object({
  id: Uuid,
  engagementId: Uuid,
  goalId: Uuid.nullable(),
  body: z.string(),
  shared: z.boolean().describe('Whether the coach can read it'),
  sharedAt: Timestamp.nullable(),
  author: z.object({ id: Uuid, name: z.string() }),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable().describe('When the client last edited it; null until then'),
}).meta({ id: 'JournalEntry', description: "An entry of the client's journal" });
export const JournalEntryList = z.object({ items: z.array(JournalEntry) });

export function presentJournalEntry(row: JournalEntryRow): z.infer<typeof JournalEntry> {
  return {
    id: row.id,
    engagementId: row.engagementId,
    goalId: row.goalId,
    body: row.body,
    shared: row.sharedAt !== null,
    sharedAt: row.sharedAt ? new Date(row.sharedAt).toISOString() : null,
    author: { id: row.authorId, name: row.authorName },
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: row.updatedAt ? new Date(row.updatedAt).toISOString() : null,
  };
}
