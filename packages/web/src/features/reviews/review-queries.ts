import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@tandem/contract';
import { api, unwrap } from '../../api/client';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type GoalReviews = Json<paths['/api/v1/goals/{id}/reviews']['get']['responses'][200]>;
export type Review = GoalReviews['items'][number];
export type ReviewOutcome = Review['outcome'];
export type NewReview = Json<paths['/api/v1/goals/{id}/reviews']['post']['requestBody']>;
export type ReviewSummary = Json<paths['/api/v1/engagements/{id}/reviews']['get']['responses'][200]>;

export const reviewKeys = {
  ofGoal: (goalId: string) => ['goals', goalId, 'reviews'] as const,
  ofEngagement: (engagementId: string, from: string | undefined, to: string | undefined) => ['engagements', engagementId, 'reviews', from, to] as const,
};

/** A goal's reviews, when the next is due, and the walk-through questions in the reader's language. */
export function useGoalReviews(goalId: string) {
  return useQuery({
    queryKey: reviewKeys.ofGoal(goalId),
    queryFn: () => unwrap(api.GET('/api/v1/goals/{id}/reviews', { params: { path: { id: goalId } } })),
  });
}

/** Holding a review may change the goal (a proposed revision, a drop) and its risk: all of it is asked again. */
export function useHoldReview(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReview) => unwrap(api.POST('/api/v1/goals/{id}/reviews', { params: { path: { id: goalId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['goals', goalId] }),
  });
}

/** Every review held in an engagement in a period (by default the last 90 days). */
export function useEngagementReviews(engagementId: string, range: { from?: string | undefined; to?: string | undefined }) {
  return useQuery({
    queryKey: reviewKeys.ofEngagement(engagementId, range.from, range.to),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/engagements/{id}/reviews', {
          params: { path: { id: engagementId }, query: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } },
        }),
      ),
  });
}
