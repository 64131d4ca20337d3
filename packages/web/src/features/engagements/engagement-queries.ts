import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { readEveryPage } from '@tandem/core/paging';
import type { EngagementQuery, InvitedEngagement } from '../../api/types';

export const engagementKeys = {
  all: ['engagements'] as const,
  one: (id: string) => ['engagements', id] as const,
  /** The list as `query` filters it (all or a page); under `all`, so every change to an engagement refreshes it. */
  list: (query: EngagementQuery) => ['engagements', 'list', query] as const,
};

export function fetchEngagements(query: EngagementQuery) {
  return unwrap(api.GET('/api/v1/engagements', { params: { query } }));
}

/**
 * The engagements the reader takes part in (a practice owner: all of the practice's), or only
 * those of the coach `coachId` names: all of them, however many pages they take.
 */
export function useEngagements(filter: { coachId?: string } = {}) {
  const query: EngagementQuery = filter.coachId ? { coachId: filter.coachId } : {};
  return useQuery({
    queryKey: [...engagementKeys.list(query), 'all'],
    queryFn: () => readEveryPage((page) => fetchEngagements({ ...query, ...page })),
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
