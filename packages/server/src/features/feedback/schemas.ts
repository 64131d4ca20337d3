import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import { Locale } from '../accounts/schemas.ts';
import { EmailStatusSchema, presentEmailStatus } from '../outbox/schemas.ts';
import type { EmailStatus } from '../outbox/service.ts';
import type { FeedbackRequest as FeedbackRequestRow, FeedbackStatus } from './service.ts';

export const NewFeedbackRequestBody = z.object({
  stakeholderName: z.string().trim().min(1, 'Required').max(200),
  stakeholderEmail: z.email().max(254).optional(),
  question: z.string().trim().min(5, 'Ask a question of at least 5 characters').max(1000),
  locale: Locale.optional().describe("The language of the stakeholder's page; defaults to the asker's own"),
  sendEmail: z.boolean().optional().describe('Email the link to `stakeholderEmail` (in the language of the request); otherwise the asker sends it'),
});

const Status = z.enum(['open', 'answered', 'expired', 'withdrawn']);

export const FeedbackRequest = z.object({
  id: Uuid,
  goalId: Uuid,
  stakeholderName: z.string(),
  stakeholderEmail: z.string(),
  question: z.string(),
  locale: Locale.describe("The language of the stakeholder's page"),
  requestedBy: z.object({ id: Uuid, name: z.string() }),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  answeredAt: Timestamp.nullable(),
  checkInId: Uuid.nullable().describe('The check-in the answer became'),
  status: Status,
  withdrawnAt: Timestamp.nullable().describe('When the client or the coach withdrew it; its link no longer works'),
  email: EmailStatusSchema.nullable().describe('The email that took the link to the stakeholder; null when the asker sends it'),
});
export const CreatedFeedbackRequest = FeedbackRequest.extend({
  url: z.url().describe("The stakeholder's single-use link (shown once)"),
});
export const FeedbackRequestList = z.object({ items: z.array(FeedbackRequest) });

export const FeedbackTokenParams = z.object({ token: z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, 'Not a feedback token') });
export const PublicFeedbackRequest = z.object({
  question: z.string(),
  clientFirstName: z.string(),
  locale: Locale.describe('The language the page opens in: the one the question was asked in'),
  expiresAt: Timestamp,
  status: Status,
});
export const FeedbackAnswerBody = z.object({
  rating: z.number().int().min(1).max(5).optional().describe('1 (not at all) to 5 (fully)'),
  text: z.string().max(4000).optional(),
});
export const FeedbackAnswered = z.object({ status: z.literal('answered') });

export function presentFeedbackRequest(request: FeedbackRequestRow, status: FeedbackStatus, email: EmailStatus | undefined): z.infer<typeof FeedbackRequest> {
  return {
    id: request.id,
    goalId: request.goalId,
    stakeholderName: request.stakeholderName,
    stakeholderEmail: request.stakeholderEmail,
    question: request.question,
    locale: request.locale,
    requestedBy: { id: request.requestedById, name: request.requestedByName },
    createdAt: request.createdAt.toISOString(),
    expiresAt: request.expiresAt.toISOString(),
    answeredAt: request.answeredAt?.toISOString() ?? null,
    checkInId: request.checkInId,
    status,
    withdrawnAt: request.withdrawnAt?.toISOString() ?? null,
    email: presentEmailStatus(email),
  };
}
