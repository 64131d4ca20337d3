import { COMMITMENT_OWNERS, COMMITMENT_STATUSES } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import type { Commitment as CommitmentView } from './service.ts';

export const NewCommitmentBody = z.object({
  text: z.string().trim().min(1, 'Required').max(2000).describe('What is committed to'),
  owner: z.enum(COMMITMENT_OWNERS).optional().describe('Whose action item it is; the client by default'),
  goalId: Uuid.optional().describe('The goal it serves'),
  dueOn: CalendarDate.optional(),
});

export const CommitmentChangesBody = z
  .object({
    status: z.enum(COMMITMENT_STATUSES).optional(),
    outcome: z.string().trim().max(4000).optional().describe('How it went, as followed up'),
    sessionId: Uuid.optional().describe('The later session it was followed up in'),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one of status, outcome, sessionId');

export const CommitmentListQuery = z.object({
  status: z.enum(COMMITMENT_STATUSES).optional().describe('Only commitments in this status'),
});

const Person = z.object({ id: Uuid, name: z.string() });

export const Commitment = z.object({
  id: Uuid,
  engagementId: Uuid,
  sessionId: Uuid.describe('The session it was made in'),
  goalId: Uuid.nullable(),
  owner: z.enum(COMMITMENT_OWNERS),
  text: z.string(),
  dueOn: CalendarDate.nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  overdue: z.boolean().describe("Open and past its due date on the reader's calendar"),
  followUp: z
    .object({ sessionId: Uuid.nullable(), outcome: z.string(), at: Timestamp, by: Person })
    .nullable()
    .describe('The latest follow-up: its outcome and the session it was followed up in'),
  history: z
    .array(
      z.object({
        at: Timestamp,
        by: Person,
        fromStatus: z.enum(COMMITMENT_STATUSES).nullable().describe('null when the commitment was made'),
        toStatus: z.enum(COMMITMENT_STATUSES),
        outcome: z.string().nullable(),
        sessionId: Uuid.nullable(),
      }),
    )
    .describe('Every change, oldest first'),
  createdBy: Person,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'Commitment', description: 'An action item made in a session, with its follow-ups and history' });
export const CommitmentList = z.object({ items: z.array(Commitment) });

export function presentCommitment(view: CommitmentView): z.infer<typeof Commitment> {
  return {
    id: view.id,
    engagementId: view.engagementId,
    sessionId: view.sessionId,
    goalId: view.goalId,
    owner: view.owner,
    text: view.text,
    dueOn: view.dueOn,
    status: view.status,
    overdue: view.overdue,
    followUp:
      view.followedUpAt && view.followedUpById && view.followedUpByName
        ? {
            sessionId: view.followUpSessionId,
            outcome: view.followUpOutcome ?? '',
            at: new Date(view.followedUpAt).toISOString(),
            by: { id: view.followedUpById, name: view.followedUpByName },
          }
        : null,
    history: view.history.map((event) => ({
      at: new Date(event.at).toISOString(),
      by: { id: event.actorId, name: event.actorName },
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      outcome: event.outcome,
      sessionId: event.sessionId,
    })),
    createdBy: { id: view.createdById, name: view.createdByName },
    createdAt: new Date(view.createdAt).toISOString(),
    updatedAt: new Date(view.updatedAt).toISOString(),
  };
}
