import type { paths } from '@tandem/contract';

/** The body of a successful GET on `path`, as the OpenAPI document describes it. */
type Answer<Path extends keyof paths> = paths[Path] extends { get: { responses: { 200: { content: { 'application/json': infer Body } } } } }
  ? Body
  : never;

export type Engagement = Answer<'/api/v1/engagements'>['items'][number];
export type Goal = Answer<'/api/v1/goals/{id}'>;
export type Metric = Answer<'/api/v1/goals/{id}/metrics'>['items'][number];
export type CheckIn = Answer<'/api/v1/goals/{id}/check-ins'>['items'][number];
export type Revision = Answer<'/api/v1/goals/{id}/revisions'>['items'][number];
export type GoalProgress = Answer<'/api/v1/goals/{id}/progress'>;
export type NewCheckIn = paths['/api/v1/goals/{id}/check-ins']['post']['requestBody']['content']['application/json'];
