import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InvitedEngagement } from '../../api/types';

export const engagementKeys = {
  all: ['engagements'] as const,
  one: (id: string) => ['engagements', id] as const,
};

export function useEngagements() {
  return useQuery({
    queryKey: engagementKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/v1/engagements'))).items,
  });
}

export function useEngagement(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: engagementKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/engagements/{id}', { params: { path: { id } } })),
    enabled: options.enabled ?? true,
  });
}

/** Invites a client: the answer carries the single-use link to hand over. */
export function useInviteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { clientName: string; clientEmail: string }) =>
      unwrap(api.POST('/api/v1/engagements', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

/** A fresh link for a client who has not joined yet; the earlier links stop working. */
export function useReinviteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<InvitedEngagement> =>
      unwrap(api.POST('/api/v1/engagements/{id}/invitations', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}
