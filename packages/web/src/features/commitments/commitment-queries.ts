import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Commitment, CommitmentChanges, NewCommitment } from '../../api/types';
import { inboxKeys } from '../inbox/inbox-queries';

export const commitmentKeys = {
  ofEngagement: (engagementId: string) => ['engagements', engagementId, 'commitments'] as const,
  mine: ['me', 'commitments'] as const,
};

/** The engagement's commitments, open ones first by due date, overdue ones marked. */
export function useEngagementCommitments(engagementId: string) {
  return useQuery({
    queryKey: commitmentKeys.ofEngagement(engagementId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/engagements/{id}/commitments', { params: { path: { id: engagementId } } }))).items,
  });
}

/** The open action items the reader owns, across their engagements. */
export function useMyCommitments() {
  return useQuery({
    queryKey: commitmentKeys.mine,
    queryFn: async () => (await unwrap(api.GET('/api/v1/me/commitments'))).items,
  });
}

/**
 * A commitment shows on the engagement page, on its session's page, on the owner's home and in
 * the inbox when overdue: after any change all of them are asked again.
 */
function useRefreshCommitments() {
  const queryClient = useQueryClient();
  return (commitment: Commitment) => {
    void queryClient.invalidateQueries({ queryKey: commitmentKeys.ofEngagement(commitment.engagementId) });
    void queryClient.invalidateQueries({ queryKey: commitmentKeys.mine });
    void queryClient.invalidateQueries({ queryKey: ['sessions'] });
    void queryClient.invalidateQueries({ queryKey: inboxKeys.inbox });
  };
}

/**
 * Makes a commitment in a session. The Idempotency-Key is the caller's: the same for a retry of
 * the same submission, so that an answer lost on the way does not make it twice.
 */
export function useMakeCommitment(sessionId: string) {
  const refresh = useRefreshCommitments();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewCommitment; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/sessions/{id}/commitments', {
          params: { path: { id: sessionId }, header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Marks a commitment done, dropped or open again, and records its follow-up (outcome, session). */
export function useChangeCommitment() {
  const refresh = useRefreshCommitments();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CommitmentChanges }) =>
      unwrap(api.PATCH('/api/v1/commitments/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}
