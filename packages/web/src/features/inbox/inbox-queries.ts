import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const inboxKeys = { inbox: ['inbox'] as const };

/** What needs the reader across all their engagements, most pressing first (and a coach's clients, worst first). */
export function useInbox() {
  return useQuery({ queryKey: inboxKeys.inbox, queryFn: () => unwrap(api.GET('/api/v1/inbox')) });
}

/** Marks an item seen (a stakeholder's answer): it leaves the reader's inbox. */
export function useAcknowledgeItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => unwrap(api.POST('/api/v1/inbox/acknowledgements', { body: { key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKeys.inbox }),
  });
}
