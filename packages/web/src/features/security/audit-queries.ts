import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { toAuditQuery, type AuditFilter } from './audit-filter';

const PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit-events'] as const,
  events: (filter: AuditFilter) => [...auditKeys.all, 'events', filter] as const,
  actors: () => [...auditKeys.all, 'actors'] as const,
};

/**
 * The practice's audit log that passes the filter, newest first, older pages on request: each
 * older page is asked for with the same filter and the cursor of the one before. While another
 * filter's first page loads, the list on screen stays, so that the table does not flash empty.
 */
export function useAuditEvents(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.events(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { limit: PAGE_SIZE, ...toAuditQuery(filter), ...(pageParam ? { before: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The people who did something in the practice's log, by name: whom the owner may narrow it to. */
export function useAuditActors() {
  return useQuery({
    queryKey: auditKeys.actors(),
    queryFn: async () => (await unwrap(api.GET('/api/v1/audit-events/actors'))).items,
  });
}
