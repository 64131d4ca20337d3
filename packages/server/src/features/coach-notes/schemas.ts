import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import type { CoachNote as CoachNoteRow } from './service.ts';

export const NewCoachNoteBody = z.object({
  body: z.string().trim().min(1, 'Required').max(20000),
  sessionId: Uuid.optional().describe('The session the note is about; without it, the note is on the engagement'),
});

export const CoachNoteChangesBody = z.object({
  body: z.string().trim().min(1, 'Required').max(20000).describe('The new words of the note'),
});

export const CoachNoteListQuery = z.object({
  sessionId: Uuid.optional().describe('Only the notes on this session'),
});

export const CoachNote = z.object({
  id: Uuid,
  engagementId: Uuid,
  sessionId: Uuid.nullable(),
  body: z.string(),
  author: z.object({ id: Uuid, name: z.string() }),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable().describe('When its author last edited it; null until then'),
}).meta({ id: 'CoachNote', description: "A coach's private note: read by its author only" });
export const CoachNoteList = z.object({ items: z.array(CoachNote) });

export function presentCoachNote(row: CoachNoteRow): z.infer<typeof CoachNote> {
  return {
    id: row.id,
    engagementId: row.engagementId,
    sessionId: row.sessionId,
    body: row.body,
    author: { id: row.authorId, name: row.authorName },
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: row.updatedAt ? new Date(row.updatedAt).toISOString() : null,
  };
}
