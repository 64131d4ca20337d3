import type { Locale } from '../locale.ts';
import { checkSignInThrottle, type AttemptRecord } from '../practice.ts';

/** How long a password-reset link works: long enough to reach the inbox, short enough to go stale. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

/** At most this many reset emails per address in the window, whether or not an account has it. */
export const PASSWORD_RESET_THROTTLE = { maxRequests: 3, windowMinutes: 60 } as const;

/**
 * Decides whether another reset email may be sent to an address, given the earlier requests for
 * it: every request counts, so a flood of them stops after a few, for an hour.
 */
export function checkPasswordResetThrottle(
  requests: readonly Pick<AttemptRecord, 'at'>[],
  now: Date,
): { allowed: true } | { allowed: false; retryAt: Date } {
  return checkSignInThrottle(
    requests.map((request) => ({ at: request.at, succeeded: false })),
    now,
    { maxFailures: PASSWORD_RESET_THROTTLE.maxRequests, windowMinutes: PASSWORD_RESET_THROTTLE.windowMinutes },
  );
}

export type EmailText = { subject: string; text: string };

/** The email with a link to set a new password, in the person's language. */
export function passwordResetEmail(locale: Locale, input: { name: string; link: string; validMinutes: number }): EmailText {
  if (locale === 'lv') {
    return {
      subject: 'Tandem: jaunas paroles iestatīšana',
      text: [
        `Sveiki, ${input.name}!`,
        '',
        'Kāds (cerams, jūs) lūdza iestatīt jaunu paroli jūsu Tandem kontam. Atveriet šo saiti, lai to izdarītu:',
        '',
        input.link,
        '',
        `Saite derīga ${input.validMinutes} minūtes, un to var izmantot vienu reizi. Kad parole nomainīta, visas jūsu sesijas tiek izbeigtas.`,
        'Ja jūs to nelūdzāt, vienkārši neņemiet šo vēstuli vērā: jūsu parole paliek tā pati.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Tandem: set a new password',
    text: [
      `Hello ${input.name},`,
      '',
      'Someone (we hope you) asked to set a new password for your Tandem account. Open this link to do it:',
      '',
      input.link,
      '',
      `The link works for ${input.validMinutes} minutes, once. Setting a new password signs you out everywhere.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}
