import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@tandem/contract';
import { api, unwrap } from '../../api/client';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type Obstacle = Json<paths['/api/v1/goals/{id}/obstacles']['get']['responses'][200]>['items'][number];
export type ObstacleCategory = Obstacle['category'];
export type NewObstacle = Json<paths['/api/v1/goals/{id}/obstacles']['post']['requestBody']>;
export type ObstacleChanges = Json<paths['/api/v1/obstacles/{id}']['patch']['requestBody']>;

export const obstacleKeys = { ofGoal: (goalId: string) => ['goals', goalId, 'obstacles'] as const };

/** A goal's obstacles, open ones first, each with the reframing questions of its category. */
export function useObstacles(goalId: string) {
  return useQuery({
    queryKey: obstacleKeys.ofGoal(goalId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/goals/{id}/obstacles', { params: { path: { id: goalId } } }))).items,
  });
}

/** After any change an obstacle makes, the goal's risk may change too (an open one without a plan is a reason). */
function useRefresh(goalId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: obstacleKeys.ofGoal(goalId) }),
      queryClient.invalidateQueries({ queryKey: ['goals', goalId, 'progress'] }),
    ]);
}

export function useLogObstacle(goalId: string) {
  const refresh = useRefresh(goalId);
  return useMutation({
    mutationFn: (body: NewObstacle) => unwrap(api.POST('/api/v1/goals/{id}/obstacles', { params: { path: { id: goalId } }, body })),
    onSuccess: refresh,
  });
}

export function useChangeObstacle(goalId: string) {
  const refresh = useRefresh(goalId);
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ObstacleChanges }) =>
      unwrap(api.PATCH('/api/v1/obstacles/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useResolveObstacle(goalId: string) {
  const refresh = useRefresh(goalId);
  return useMutation({
    mutationFn: ({ id, resolution, version }: { id: string; resolution: string; version: number }) =>
      unwrap(api.POST('/api/v1/obstacles/{id}/resolve', { params: { path: { id } }, body: { resolution, version } })),
    onSuccess: refresh,
  });
}
