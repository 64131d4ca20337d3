import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { EMAIL_REFRESH_MS, isBeingEmailed } from '../../api/email-status';
import type { NewCheckIn, NewFeedbackRequest, NewMetric } from '../../api/types';
import { goalKeys } from '../goals/goal-queries';

export const progressKeys = {
  cascade: (engagementId: string) => ['engagements', engagementId, 'cascade'] as const,
  progress: (goalId: string) => ['goals', goalId, 'progress'] as const,
  metrics: (goalId: string) => ['goals', goalId, 'metrics'] as const,
  checkIns: (goalId: string) => ['goals', goalId, 'check-ins'] as const,
  feedbackRequests: (goalId: string) => ['goals', goalId, 'feedback-requests'] as const,
};

function fetchCascade(engagementId: string) {
  return unwrap(api.GET('/api/v1/engagements/{id}/cascade', { params: { path: { id: engagementId } } }));
}

/** The engagement's goals from the vision down, each with its progress and risk. */
export function useCascade(engagementId: string) {
  return useQuery({ queryKey: progressKeys.cascade(engagementId), queryFn: () => fetchCascade(engagementId) });
}

/** A goal's progress: its metrics against their plan lines, the roll-up, and its risk with the reasons. */
export function useGoalProgress(goalId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: progressKeys.progress(goalId),
    queryFn: () => unwrap(api.GET('/api/v1/goals/{id}/progress', { params: { path: { id: goalId } } })),
    enabled: options.enabled ?? true,
  });
}

/** A goal's metrics as defined (with a scale's bounds, which the progress view leaves out). */
export function useMetrics(goalId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: progressKeys.metrics(goalId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/goals/{id}/metrics', { params: { path: { id: goalId } } }))).items,
    enabled: options.enabled ?? true,
  });
}

/** How many check-ins a page of a goal's timeline asks for. */
export const CHECK_IN_PAGE = 20;

/**
 * A goal's check-ins, a page at a time from the latest back (`fetchNextPage` asks for the page
 * before): a goal checked in on daily for years is not read whole to show its latest.
 */
export function useCheckIns(goalId: string) {
  return useInfiniteQuery({
    queryKey: progressKeys.checkIns(goalId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/goals/{id}/check-ins', { params: { path: { id: goalId }, query: { limit: CHECK_IN_PAGE, ...(pageParam ? { before: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useFeedbackRequests(goalId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: progressKeys.feedbackRequests(goalId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/goals/{id}/feedback-requests', { params: { path: { id: goalId } } }))).items,
    enabled: options.enabled ?? true,
    // Read again shortly while a question's email is on its way, so that "emailed" follows by itself.
    refetchInterval: (current) => (current.state.data?.some((asked) => isBeingEmailed(asked.email)) ? EMAIL_REFRESH_MS : false),
  });
}

/**
 * After anything that moves a goal's progress: the goal's own views, its SMART check (metrics
 * make it measurable, check-ins show the pace) and the cascade of its engagement (which the
 * engagement page and the coach's home show) are asked again.
 */
function refreshProgress(queryClient: QueryClient, goal: { id: string; engagementId: string }): void {
  void queryClient.invalidateQueries({ queryKey: goalKeys.one(goal.id), exact: true });
  void queryClient.invalidateQueries({ queryKey: progressKeys.progress(goal.id) });
  void queryClient.invalidateQueries({ queryKey: progressKeys.metrics(goal.id) });
  void queryClient.invalidateQueries({ queryKey: progressKeys.checkIns(goal.id) });
  void queryClient.invalidateQueries({ queryKey: progressKeys.cascade(goal.engagementId) });
}

export function useAddMetric(goal: { id: string; engagementId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMetric) => unwrap(api.POST('/api/v1/goals/{id}/metrics', { params: { path: { id: goal.id } }, body })),
    onSuccess: () => refreshProgress(queryClient, goal),
  });
}

/**
 * Records a check-in (or a correction of one). The Idempotency-Key is the caller's: the same key
 * for a retry of the same submission, so that a request answered but not heard back from does
 * not create the check-in twice.
 */
export function useRecordCheckIn(goal: { id: string; engagementId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewCheckIn; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/goals/{id}/check-ins', {
          params: { path: { id: goal.id }, header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => refreshProgress(queryClient, goal),
  });
}

/** Asks a stakeholder one question; the answer carries their single-use link. */
export function useRequestFeedback(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewFeedbackRequest) =>
      unwrap(api.POST('/api/v1/goals/{id}/feedback-requests', { params: { path: { id: goalId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: progressKeys.feedbackRequests(goalId) }),
  });
}

/**
 * Takes back a question still waiting for its answer; its link stops working. The list is asked
 * again either way: a refusal means it was answered or expired meanwhile, which the list then shows.
 */
export function useWithdrawFeedbackRequest(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/feedback-requests/{id}/withdraw', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: progressKeys.feedbackRequests(goalId) }),
  });
}
