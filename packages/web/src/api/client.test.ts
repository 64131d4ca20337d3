import { describe, expect, it } from 'vitest';
import { ApiProblem, canRetry, isClientProblem, problemHeading } from './client';

const problem = (status: number) => new ApiProblem({ status, code: `status_${status}` });

describe('canRetry', () => {
  it('offers to try again after a failure that may pass: the network, the server, a conflict, a rate limit', () => {
    for (const status of [0, 409, 429, 500, 503]) expect(canRetry(problem(status)), String(status)).toBe(true);
    expect(canRetry(new TypeError('Failed to fetch'))).toBe(true);
  });

  it('does not after an answer that stays the same: not signed in, not allowed, not found, gone', () => {
    for (const status of [401, 403, 404, 410]) expect(canRetry(problem(status)), String(status)).toBe(false);
  });
});

describe('problemHeading', () => {
  it('heads each kind of refusal by what the reader can do about it', () => {
    expect([400, 401, 409, 422].map((status) => problemHeading(problem(status)))).toEqual(['check', 'check', 'check', 'check']);
    expect([403, 404, 410, 429].map((status) => problemHeading(problem(status)))).toEqual(['forbidden', 'not_found', 'not_found', 'too_many']);
    expect([0, 500, 503].map((status) => problemHeading(problem(status)))).toEqual(['failure', 'failure', 'failure']);
    expect(problemHeading(new TypeError('Failed to fetch'))).toBe('failure');
  });
});

describe('isClientProblem', () => {
  it('holds for an answer about what was asked: a bad field, a wrong password, not allowed, not found, a conflict, a rate limit', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422, 429]) expect(isClientProblem(problem(status)), String(status)).toBe(true);
  });

  it('does not for the server failing, the network, or an error that is not an answer', () => {
    for (const status of [0, 500, 502, 503]) expect(isClientProblem(problem(status)), String(status)).toBe(false);
    expect(isClientProblem(new TypeError('Failed to fetch'))).toBe(false);
  });
});
