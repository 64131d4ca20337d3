import { CARRY_KINDS, COMMITMENT_STATUSES, SESSION_DURATION_MINUTES, SESSION_STATUSES } from '@tandem/core';
import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import { Commitment, presentCommitment } from '../commitments/schemas.ts';
import type { AgendaItem as AgendaItemView, SessionDetail, SessionView } from './service.ts';

const SessionTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/, 'An ISO 8601 date and time')
  .describe(
    "When the session starts: an instant (2026-10-26T07:00:00Z, or with an offset), or a wall-clock time without an offset (2026-10-26T09:00), read in the client's time zone",
  );
const Duration = z.number().int().min(SESSION_DURATION_MINUTES.min).max(SESSION_DURATION_MINUTES.max).describe('How long the session lasts, in minutes');
const GoalIds = z.array(Uuid).max(20).describe('The goals the session works on');
const SharedNotes = z.string().max(20000).describe('Notes both sides read and edit');

export const NewSessionBody = z.object({
  scheduledAt: SessionTime,
  durationMinutes: Duration,
  goalIds: GoalIds.optional(),
  status: z
    .enum(['planned', 'held'])
    .optional()
    .describe(
      'planned (the default): a session ahead, its agenda started with what to follow up. held: a session that has already begun (400 otherwise), recorded afterwards with an empty agenda',
    ),
});

export const SessionChangesBody = z
  .object({
    status: z.enum(SESSION_STATUSES).optional().describe('planned → held or cancelled; held or cancelled → planned'),
    sharedNotes: SharedNotes.optional(),
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The session version the change is based on: when given and the session has changed since, 409 stale_version with currentVersion'),
    scheduledAt: SessionTime.optional(),
    durationMinutes: Duration.optional(),
    goalIds: GoalIds.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), 'Send at least one of status, sharedNotes, scheduledAt, durationMinutes, goalIds');

export const NewAgendaItemBody = z.object({
  text: z.string().trim().min(1, 'Required').max(2000),
  goalId: Uuid.optional().describe('The goal the item is about'),
});

export const AgendaItemChangesBody = z.object({
  text: z.string().trim().min(1, 'Required').max(2000).describe('The new words of the item'),
});

export const AgendaOrderBody = z.object({
  itemIds: z.array(Uuid).max(200).describe("Every item of the session's agenda, each once, in the new order"),
});

const LocalTime = z
  .object({
    timeZone: z.string().describe('IANA time zone, e.g. Europe/Riga'),
    date: z.string().describe('YYYY-MM-DD on that wall clock'),
    time: z.string().describe('HH:mm, 24-hour, on that wall clock'),
    offset: z.string().describe('The offset from UTC in force then, e.g. +03:00'),
  })
  .meta({ id: 'LocalTime', description: 'An instant as it reads on a wall clock in a time zone' });

const Person = z.object({ id: Uuid, name: z.string() });

export const AgendaItem = z.object({
  id: Uuid,
  sessionId: Uuid,
  position: z.number().int().describe('0 is first'),
  text: z.string().describe("The item's words; a carried-over goal or review is written in the reader's language"),
  goalId: Uuid.nullable(),
  carriedFrom: z
    .object({
      kind: z.enum(CARRY_KINDS),
      id: Uuid.describe('The commitment, or the goal'),
      label: z.string().describe("Why it is on the agenda, in the reader's language"),
      commitmentStatus: z
        .enum(COMMITMENT_STATUSES)
        .nullable()
        .describe('For a carried commitment, its status now (done or dropped since it was carried, or still open); null for a goal'),
    })
    .nullable()
    .describe('Set when the item was carried over from before the session: an open commitment, a goal at risk, a review due'),
  createdBy: Person,
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable().describe('When its words were last edited; null until then'),
}).meta({ id: 'AgendaItem', description: "An item of a session's agenda" });
export const AgendaItemList = z.object({ items: z.array(AgendaItem) });

const SessionFields = {
  id: Uuid,
  engagementId: Uuid,
  scheduledAt: Timestamp,
  endsAt: Timestamp,
  durationMinutes: z.number().int(),
  clientTime: LocalTime.describe("The start on the client's wall clock"),
  readerTime: LocalTime.describe("The start on the reader's wall clock"),
  status: z.enum(SESSION_STATUSES),
  goalIds: z.array(Uuid),
  sharedNotes: z.string(),
  sharedNotesUpdatedBy: Person.nullable().describe('Who changed the shared notes last'),
  sharedNotesUpdatedAt: Timestamp.nullable(),
  cancelledBy: Person.nullable().describe('Who cancelled the session; null unless it is cancelled (and for a session cancelled before Tandem kept who)'),
  cancelledAt: Timestamp.nullable().describe('When it was cancelled'),
  version: z.number().int().describe('Send it back with a change (optimistic locking)'),
  createdBy: Person,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const SessionSummary = z.object(SessionFields).meta({ id: 'SessionSummary', description: 'A coaching session, without its agenda' });
export const SessionList = z.object({ items: z.array(SessionSummary) });
export const Session = z.object({
  ...SessionFields,
  agenda: z.array(AgendaItem),
  commitments: z.array(Commitment).describe('The commitments made in this session'),
}).meta({ id: 'Session', description: 'A coaching session with its agenda and the commitments made in it' });

export function presentSessionSummary(view: SessionView): z.infer<typeof SessionSummary> {
  return {
    id: view.id,
    engagementId: view.engagementId,
    scheduledAt: view.scheduledAt.toISOString(),
    endsAt: view.endsAt.toISOString(),
    durationMinutes: view.durationMinutes,
    clientTime: view.clientTime,
    readerTime: view.readerTime,
    status: view.status,
    goalIds: view.goalIds,
    sharedNotes: view.sharedNotes,
    sharedNotesUpdatedBy: view.notesUpdatedById && view.notesUpdatedByName ? { id: view.notesUpdatedById, name: view.notesUpdatedByName } : null,
    sharedNotesUpdatedAt: view.notesUpdatedAt?.toISOString() ?? null,
    cancelledBy: view.cancelledById && view.cancelledByName ? { id: view.cancelledById, name: view.cancelledByName } : null,
    cancelledAt: view.cancelledAt?.toISOString() ?? null,
    version: view.version,
    createdBy: { id: view.createdById, name: view.createdByName },
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

export function presentAgendaItem(item: AgendaItemView): z.infer<typeof AgendaItem> {
  return {
    id: item.id,
    sessionId: item.sessionId,
    position: item.position,
    text: item.text,
    goalId: item.goalId,
    carriedFrom:
      item.carriedFromKind && item.carriedFromId && item.carriedLabel
        ? { kind: item.carriedFromKind, id: item.carriedFromId, label: item.carriedLabel, commitmentStatus: item.carriedCommitmentStatus }
        : null,
    createdBy: { id: item.createdById, name: item.createdByName },
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: item.updatedAt ? new Date(item.updatedAt).toISOString() : null,
  };
}

export function presentSession(detail: SessionDetail): z.infer<typeof Session> {
  return {
    ...presentSessionSummary(detail),
    agenda: detail.agenda.map(presentAgendaItem),
    commitments: detail.commitments.map(presentCommitment),
  };
}
