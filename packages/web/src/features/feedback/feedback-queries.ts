import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { FeedbackAnswer } from '../../api/types';

export const feedbackKeys = {
  question: (token: string) => ['feedback', token] as const,
};

/** What the stakeholder is asked, and by whom (the client's first name only). No account needed. */
export function useFeedbackQuestion(token: string) {
  return useQuery({
    queryKey: feedbackKeys.question(token),
    queryFn: () => unwrap(api.GET('/api/v1/feedback/{token}', { params: { path: { token } } })),
    refetchOnWindowFocus: false,
  });
}

/** The stakeholder's one answer: a rating, words, or both. */
export function useAnswerFeedback(token: string) {
  return useMutation({
    mutationFn: (body: FeedbackAnswer) => unwrap(api.POST('/api/v1/feedback/{token}', { params: { path: { token } }, body })),
  });
}
