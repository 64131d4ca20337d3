import { addDaysToInstant, feedbackRequestEmail, formatInstantInFull, type Locale } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { hashSecretToken, newSecretToken } from '../accounts/credentials.ts';
import { accessGoal } from '../goals/service.ts';
import { emailStatuses, queueEmail, type EmailStatus } from '../outbox/service.ts';
import * as repo from './repo.ts';

/** How long a stakeholder's link stays usable. */
export const FEEDBACK_TTL_DAYS = 30;

export type FeedbackRequest = repo.FeedbackRequestRow;
export type FeedbackStatus = 'open' | 'answered' | 'expired' | 'withdrawn';

function statusOf(request: { expiresAt: Date; answeredAt: Date | null; withdrawnAt: Date | null }, now: Date): FeedbackStatus {
  if (request.answeredAt) return 'answered';
  if (request.withdrawnAt) return 'withdrawn';
  return request.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

/**
 * The client or the coach asks a named stakeholder (a manager, a colleague) one question about
 * the goal, through a single-use link that needs no account. The stakeholder's page opens in the
 * language the asker chose, or else in the asker's own: the language the question is written in.
 * With `sendEmail` Tandem emails them the link, in that language, once the request is committed;
 * otherwise the asker sends it.
 */
export async function requestFeedback(
  scope: Scope,
  goalId: string,
  input: { stakeholderName: string; stakeholderEmail?: string | undefined; question: string; locale?: Locale | undefined; sendEmail?: boolean | undefined },
): Promise<{ request: FeedbackRequest; url: string; status: FeedbackStatus; email: EmailStatus | undefined }> {
  const stakeholderEmail = input.stakeholderEmail?.trim().toLowerCase() ?? '';
  if (input.sendEmail && !stakeholderEmail) {
    throw invalidField('stakeholderEmail', 'Give their email to have the link sent to them.', 'email_required');
  }
  const { actor, goal } = await accessGoal(scope, goalId);
  if (goal.state !== 'active') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: feedback is asked on active goals.`, { extensions: { currentState: goal.state } });
  }
  const token = newSecretToken();
  const locale = input.locale ?? actor.locale;
  const expiresAt = addDaysToInstant(scope.now, FEEDBACK_TTL_DAYS);
  const id = await repo.insertFeedbackRequest(scope.tx, {
    practiceId: goal.practiceId,
    engagementId: goal.engagementId,
    goalId: goal.id,
    requestedBy: actor.userId,
    stakeholderName: input.stakeholderName.trim(),
    stakeholderEmail,
    question: input.question.trim(),
    locale,
    tokenHash: hashSecretToken(token),
    at: scope.now,
    expiresAt,
  });
  const request = (await repo.listFeedbackRequests(scope.tx, goal.id)).find((row) => row.id === id);
  if (!request) throw new Error(`feedback request ${id} vanished inside its own transaction`);
  const url = `${scope.publicUrl}/feedback/${token}`;
  if (!input.sendEmail) return { request, url, status: 'open', email: undefined };
  const email = feedbackRequestEmail(locale, {
    stakeholderName: request.stakeholderName,
    clientFirstName: await repo.clientFirstName(scope.tx, goal.engagementId),
    question: request.question,
    link: url,
    validUntil: formatInstantInFull(expiresAt, actor.timeZone, locale),
  });
  const queued = await queueEmail(scope, { practiceId: goal.practiceId, engagementId: goal.engagementId }, { type: 'feedback_request', id }, { to: stakeholderEmail, ...email });
  return { request, url, status: 'open', email: queued };
}

/** The questions asked on a goal, each with its status and the email that took its link, if any. */
export async function listFeedbackRequests(scope: Scope, goalId: string) {
  const { goal } = await accessGoal(scope, goalId);
  const requests = await repo.listFeedbackRequests(scope.tx, goal.id);
  const emails = await emailStatuses(scope, requests.map((request) => request.id));
  return requests.map((request) => ({ request, status: statusOf(request, scope.now), email: emails.get(request.id) }));
}

/**
 * The client or the coach takes back a question still waiting for its answer (a typo in the name,
 * the wrong person): its link stops working at once. The request stays in the list, withdrawn.
 */
export async function withdrawFeedbackRequest(
  scope: Scope,
  requestId: string,
): Promise<{ request: FeedbackRequest; status: FeedbackStatus; email: EmailStatus | undefined }> {
  requireActor(scope);
  const found = await repo.findFeedbackRequest(scope.tx, requestId);
  if (!found) throw new AppError('not_found', 'No such feedback request.');
  const { actor } = await accessGoal(scope, found.goalId);
  // The update checks again that it is open: the stakeholder may have answered since it was read.
  const isWithdrawn = statusOf(found, scope.now) === 'open' && (await repo.withdraw(scope.tx, found.id, actor.userId, scope.now));
  const request = await repo.findFeedbackRequest(scope.tx, found.id);
  if (!request) throw new Error(`feedback request ${found.id} vanished inside its own transaction`);
  if (!isWithdrawn) {
    const status = statusOf(request, scope.now);
    throw new AppError('invalid_transition', `The request is ${status}: only one waiting for its answer can be withdrawn.`, {
      extensions: { currentStatus: status },
    });
  }
  return { request, status: 'withdrawn', email: (await emailStatuses(scope, [request.id])).get(request.id) };
}

async function findOpen(scope: Scope, token: string) {
  const request = await repo.findByTokenHash(scope.tx, hashSecretToken(token));
  if (!request) throw new AppError('not_found', 'This feedback link is not valid.');
  return request;
}

/** What the stakeholder sees: the question and the client's first name, nothing else, in the request's language. */
export async function viewFeedbackRequest(scope: Scope, token: string) {
  const request = await findOpen(scope, token);
  return {
    question: request.question,
    clientFirstName: request.clientFirstName,
    locale: request.locale,
    expiresAt: request.expiresAt,
    status: statusOf(request, scope.now),
  };
}

/** The stakeholder answers once; the answer becomes a stakeholder-feedback check-in of the goal. */
export async function answerFeedbackRequest(scope: Scope, token: string, input: { rating?: number | undefined; text?: string | undefined }) {
  const text = input.text?.trim() ?? '';
  if (input.rating === undefined && text.length === 0) throw invalidField('text', 'Give a rating or a few words.', 'answer_required');
  const request = await findOpen(scope, token);
  refuseClosedLink(statusOf(request, scope.now));
  if (!(await repo.answer(scope.tx, hashSecretToken(token), scope.now, input.rating ?? null, text))) {
    // Answered, or withdrawn, since it was read: say which.
    refuseClosedLink(statusOf(await findOpen(scope, token), scope.now));
    throw new AppError('link_used', 'This question has already been answered. Thank you!');
  }
  return { status: 'answered' as const };
}

function refuseClosedLink(status: FeedbackStatus): void {
  if (status === 'answered') throw new AppError('link_used', 'This question has already been answered. Thank you!');
  if (status === 'expired') throw new AppError('link_expired', 'This feedback link has expired.');
  if (status === 'withdrawn') throw new AppError('link_withdrawn', 'This question was withdrawn by the person who asked it.');
}
