import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { readEveryPage } from '@tandem/core/paging';
import type { EngagementQuery, InvitedEngagement, ListedEngagement } from '../../api/types';
import { EMAIL_REFRESH_MS, isBeingEmailed } from '../../api/email-status';

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
 * those of the coach `coachId` names: all of them, however many pages they take; read again
 * shortly while an invitation of them is being emailed.
 */
export function useEngagements(filter: { coachId?: string } = {}) {
  const query: EngagementQuery = filter.coachId ? { coachId: filter.coachId } : {};
  return useQuery({
    queryKey: [...engagementKeys.list(query), 'all'],
    queryFn: (): Promise<ListedEngagement[]> => readEveryPage((page) => fetchEngagements({ ...query, ...page })),
    refetchInterval: (current) => (current.state.data?.some((engagement) => isBeingEmailed(engagement.invitationEmail)) ? EMAIL_REFRESH_MS : false),
  });
}

export function useEngagement(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: engagementKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/engagements/{id}', { params: { path: { id } } })),
    enabled: options.enabled ?? true,
  });
}

/** Invites a client: the answer carries the single-use link to hand over, and its email when Tandem sends it. */
export function useInviteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { clientName: string; clientEmail: string; sendEmail: boolean }) =>
      unwrap(api.POST('/api/v1/engagements', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

/** A fresh link for a client who has not joined yet, emailed to them when asked; the earlier links stop working. */
export function useReinviteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, sendEmail }: { id: string; sendEmail: boolean }): Promise<InvitedEngagement> =>
      unwrap(api.POST('/api/v1/engagements/{id}/invitations', { params: { path: { id } }, body: { sendEmail } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}
