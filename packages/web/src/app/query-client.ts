import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem, isProblem } from '../api/client';
import { forgetSession } from '../features/session/session-cache';

/**
 * The cache of server data. A 401 anywhere means the session ended: forget who was signed in,
 * and the signed-in shell sends the person to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isProblem(error, 'unauthenticated') && query.queryKey[0] !== 'me') forgetSession(queryClient);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isProblem(error, 'unauthenticated')) forgetSession(queryClient);
      },
      // The inbox is drawn from everything (agreements, check-ins, answers): any change may move it.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // A 4xx answer will not change by asking again; a dropped connection or a 5xx might.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
      },
    },
  });
  return queryClient;
}
