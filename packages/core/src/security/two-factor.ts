/** How many single-use recovery codes a person gets when they turn on two-factor sign-in. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * A code from an authenticator app is accepted one 30-second step either side of the server's
 * clock, so that a phone a little fast or slow still works.
 */
export const TOTP_TOLERANCE_SECONDS = 30;

/** The issuer an authenticator app shows next to the account. */
export const TOTP_ISSUER = 'Tandem';

/** Six digits: a code from the authenticator app. Anything else is tried as a recovery code. */
export function isAuthenticatorCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}

/** Recovery codes are typed by hand: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
