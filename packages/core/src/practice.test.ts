import { describe, expect, it } from 'vitest';
import { checkSignInThrottle, isCoachingRole } from './practice.ts';

const at = (time: string) => new Date(`2026-03-10T${time}:00Z`);
const failed = (time: string) => ({ at: at(time), succeeded: false });
const succeeded = (time: string) => ({ at: at(time), succeeded: true });

describe('checkSignInThrottle', () => {
  const now = at('10:00');
  it.each([
    ['no attempts', [], true],
    ['four failures', [failed('09:50'), failed('09:51'), failed('09:52'), failed('09:53')], true],
    ['five failures in the window', [failed('09:50'), failed('09:51'), failed('09:52'), failed('09:53'), failed('09:54')], false],
    ['five failures, one before the window', [failed('09:44'), failed('09:51'), failed('09:52'), failed('09:53'), failed('09:54')], true],
    ['five failures, a success after the second', [failed('09:50'), failed('09:51'), succeeded('09:51'), failed('09:52'), failed('09:53'), failed('09:54')], true],
  ])('%s → allowed: %s', (_name, attempts, allowed) => {
    expect(checkSignInThrottle(attempts, now).allowed).toBe(allowed);
  });

  it('tells when the email may try again: when the oldest counted failure leaves the window', () => {
    const outcome = checkSignInThrottle([failed('09:50'), failed('09:51'), failed('09:52'), failed('09:53'), failed('09:54'), failed('09:55')], now);
    expect(outcome).toEqual({ allowed: false, retryAt: at('10:06') });
  });
});

describe('isCoachingRole', () => {
  it.each([
    ['owner', true],
    ['coach', true],
    ['client', false],
  ] as const)('%s → %s', (role, expected) => expect(isCoachingRole(role)).toBe(expected));
});
