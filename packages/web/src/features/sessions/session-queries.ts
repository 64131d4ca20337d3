import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AgendaItem, NewAgendaItem, NewCoachNote, NewSession, Session, SessionChanges } from '../../api/types';
import { inboxKeys } from '../inbox/inbox-queries';

export const sessionKeys = {
  list: (engagementId: string) => ['engagements', engagementId, 'sessions'] as const,
  one: (id: string) => ['sessions', id] as const,
  coachNotes: (engagementId: string, sessionId: string) => ['engagements', engagementId, 'coach-notes', sessionId] as const,
};

/** The engagement's sessions, the latest first. */
export function useSessions(engagementId: string) {
  return useQuery({
    queryKey: sessionKeys.list(engagementId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/engagements/{id}/sessions', { params: { path: { id: engagementId } } }))).items,
  });
}

/** A session with its agenda, shared notes and the commitments made in it. */
export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/sessions/{id}', { params: { path: { id } } })),
  });
}

/** The answer to a change is the session now; the engagement's list is asked again behind it. */
function rememberSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(sessionKeys.one(session.id), session);
  void queryClient.invalidateQueries({ queryKey: sessionKeys.list(session.engagementId) });
}

/** Plans a session; its agenda starts with what is carried over from before. */
export function usePlanSession(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSession) => unwrap(api.POST('/api/v1/engagements/{id}/sessions', { params: { path: { id: engagementId } }, body })),
    onSuccess: (session) => rememberSession(queryClient, session),
  });
}

/** Changes a session's status or shared notes; with `version`, a change on an outdated session is refused (409). */
export function useChangeSession(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionChanges) => unwrap(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: sessionId } }, body })),
    onSuccess: (session) => {
      rememberSession(queryClient, session);
      void queryClient.invalidateQueries({ queryKey: inboxKeys.inbox });
    },
  });
}

export function useAddAgendaItem(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAgendaItem) => unwrap(api.POST('/api/v1/sessions/{id}/agenda-items', { params: { path: { id: sessionId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.one(sessionId) }),
  });
}

/** Rewords an item of a planned session's agenda (either side); the session is asked again. */
export function useEditAgendaItem(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => unwrap(api.PATCH('/api/v1/agenda-items/{id}', { params: { path: { id } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.one(sessionId) }),
  });
}

/** Removes an item from a planned session's agenda; the others close up behind it on the server. */
export function useRemoveAgendaItem(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/agenda-items/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.one(sessionId) }),
  });
}

/**
 * Puts the agenda in a new order. The new order shows at once; when the server refuses it (the
 * agenda changed meanwhile), the session is asked again and shows what is true.
 */
export function useReorderAgenda(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemIds: string[]) => unwrap(api.PUT('/api/v1/sessions/{id}/agenda-items/order', { params: { path: { id: sessionId } }, body: { itemIds } })),
    onMutate: async (itemIds) => {
      // A refetch still on its way would put the old order back.
      await queryClient.cancelQueries({ queryKey: sessionKeys.one(sessionId) });
      queryClient.setQueryData<Session>(sessionKeys.one(sessionId), (session) => {
        if (!session) return session;
        const byId = new Map(session.agenda.map((item) => [item.id, item]));
        const agenda = itemIds.flatMap((id, position): AgendaItem[] => {
          const item = byId.get(id);
          return item ? [{ ...item, position }] : [];
        });
        return { ...session, agenda };
      });
    },
    onSuccess: ({ items }) => {
      queryClient.setQueryData<Session>(sessionKeys.one(sessionId), (session) => (session ? { ...session, agenda: items } : session));
    },
    onError: () => queryClient.invalidateQueries({ queryKey: sessionKeys.one(sessionId) }),
  });
}

/** The coach's private notes on one session. Only the coach's screens ever ask for them. */
export function useCoachNotes(engagementId: string, sessionId: string) {
  return useQuery({
    queryKey: sessionKeys.coachNotes(engagementId, sessionId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/engagements/{id}/coach-notes', { params: { path: { id: engagementId }, query: { sessionId } } }))).items,
  });
}

export function useAddCoachNote(engagementId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCoachNote) => unwrap(api.POST('/api/v1/engagements/{id}/coach-notes', { params: { path: { id: engagementId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.coachNotes(engagementId, sessionId) }),
  });
}

/** Rewords one of the coach's private notes. */
export function useEditCoachNote(engagementId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) => unwrap(api.PATCH('/api/v1/coach-notes/{id}', { params: { path: { id } }, body: { body } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.coachNotes(engagementId, sessionId) }),
  });
}

/** Deletes one of the coach's private notes. */
export function useRemoveCoachNote(engagementId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/coach-notes/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.coachNotes(engagementId, sessionId) }),
  });
}
