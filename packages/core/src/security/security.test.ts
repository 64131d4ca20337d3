import { describe, expect, it } from 'vitest';
import { checkPasswordResetThrottle, isAuthenticatorCode, normalizeRecoveryCode, passwordResetEmail } from './index.ts';

describe('checkPasswordResetThrottle', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const at = (time: string) => ({ at: new Date(`2026-03-02T${time}:00Z`) });

  it.each([
    { requests: [], allowed: true },
    { requests: [at('09:10'), at('09:20')], allowed: true },
    { requests: [at('09:10'), at('09:20'), at('09:30')], allowed: false },
    // Requests older than the hour no longer count.
    { requests: [at('08:50'), at('09:20'), at('09:30')], allowed: true },
  ])('$requests.length requests -> allowed $allowed', ({ requests, allowed }) => {
    expect(checkPasswordResetThrottle(requests, now).allowed).toBe(allowed);
  });

  it('says when the oldest counted request leaves the window', () => {
    const outcome = checkPasswordResetThrottle([at('09:10'), at('09:20'), at('09:30')], now);
    expect(outcome).toEqual({ allowed: false, retryAt: new Date('2026-03-02T10:10:00Z') });
  });
});

describe('second-factor codes', () => {
  it.each([
    ['123456', true],
    ['123 456', true],
    ['12345', false],
    ['abcde-fghij', false],
  ])('%s is an authenticator code: %s', (code, expected) => {
    expect(isAuthenticatorCode(code)).toBe(expected);
  });

  it('reads a recovery code whatever its case, spaces and dashes', () => {
    expect(normalizeRecoveryCode(' ABCDE-fghij ')).toBe('abcdefghij');
  });
});

describe('passwordResetEmail', () => {
  it.each(['en', 'lv'] as const)('carries the link and the validity in %s', (locale) => {
    const email = passwordResetEmail(locale, { name: 'Marta', link: 'https://tandem.example/reset-password?token=abc', validMinutes: 60 });
    expect(email.text).toContain('https://tandem.example/reset-password?token=abc');
    expect(email.text).toContain('60');
    expect(email.text).toContain('Marta');
  });

  it('speaks Latvian to a Latvian reader', () => {
    expect(passwordResetEmail('lv', { name: 'Marta', link: 'x', validMinutes: 60 }).subject).toMatch(/paroles/);
  });
});
