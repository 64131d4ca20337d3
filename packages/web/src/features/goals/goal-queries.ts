import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Goal, GoalChanges, NewGoal, SmartDraft } from '../../api/types';

export const goalKeys = {
  list: (engagementId: string) => ['engagements', engagementId, 'goals'] as const,
  one: (id: string) => ['goals', id] as const,
  revisions: (id: string) => ['goals', id, 'revisions'] as const,
  awaitingMe: ['goals', 'awaiting-agreement'] as const,
  assessment: (draft: SmartDraft) => ['smart', draft] as const,
};

export function useGoals(engagementId: string) {
  return useQuery({
    queryKey: goalKeys.list(engagementId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/engagements/{id}/goals', { params: { path: { id: engagementId } } }))).items,
  });
}

export function useGoal(id: string) {
  return useQuery({
    queryKey: goalKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/goals/{id}', { params: { path: { id } } })),
  });
}

/** Every revision of a goal, oldest first, with what it changed and who agreed. */
export function useRevisions(id: string) {
  return useQuery({
    queryKey: goalKeys.revisions(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/goals/{id}/revisions', { params: { path: { id } } }))).items,
  });
}

/** Goals across my engagements whose words wait for my agreement. */
export function useAwaitingMyAgreement() {
  return useQuery({
    queryKey: goalKeys.awaitingMe,
    queryFn: async () => (await unwrap(api.GET('/api/v1/goals/awaiting-agreement'))).items,
  });
}

/**
 * The SMART check of words being written. Asked again whenever the draft changes (the caller
 * debounces it); the previous answer stays on screen meanwhile.
 */
export function useSmartAssessment(draft: SmartDraft | null) {
  return useQuery({
    queryKey: goalKeys.assessment(draft ?? { title: '' }),
    queryFn: () => unwrap(api.POST('/api/v1/smart/assess', { body: draft ?? { title: '' } })),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/**
 * After any change to a goal: the answer is the goal now; its history and the lists are asked
 * again in the background (the change is done once the server has answered).
 */
function rememberGoal(queryClient: QueryClient, goal: Goal): void {
  queryClient.setQueryData(goalKeys.one(goal.id), goal);
  void queryClient.invalidateQueries({ queryKey: goalKeys.revisions(goal.id) });
  void queryClient.invalidateQueries({ queryKey: goalKeys.awaitingMe });
  void queryClient.invalidateQueries({ queryKey: goalKeys.list(goal.engagementId) });
}

export function useDraftGoal(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGoal) => unwrap(api.POST('/api/v1/engagements/{id}/goals', { params: { path: { id: engagementId } }, body })),
    onSuccess: (goal) => rememberGoal(queryClient, goal),
  });
}

/** Posts changed words with the reason; `version` is the goal's version the person started from. */
export function useReviseGoal(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { changes: GoalChanges; reason: string; version: number }) =>
      unwrap(api.POST('/api/v1/goals/{id}/revisions', { params: { path: { id: goalId } }, body })),
    onSuccess: (goal) => rememberGoal(queryClient, goal),
  });
}

/** Agrees to the pending revision, or declines it with a comment. */
export function useDecideOnRevision(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { revisionId: string; decision: 'agree' | 'decline'; comment?: string }) =>
      unwrap(api.POST('/api/v1/goals/{id}/agreements', { params: { path: { id: goalId } }, body })),
    onSuccess: (goal) => rememberGoal(queryClient, goal),
  });
}

export function useCloseGoal(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { state: 'achieved' | 'dropped'; reason: string; version: number }) =>
      unwrap(api.POST('/api/v1/goals/{id}/state', { params: { path: { id: goalId } }, body })),
    onSuccess: (goal) => rememberGoal(queryClient, goal),
  });
}
