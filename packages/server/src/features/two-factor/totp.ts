import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import { TOTP_ISSUER, TOTP_TOLERANCE_SECONDS } from '@tandem/core';

/** A new authenticator secret (160 random bits, Base32) with what an app needs to add it. */
export async function newAuthenticator(accountName: string): Promise<{ secret: string; otpauthUri: string; qrCode: string }> {
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Checks a six-digit code at `now` (the request's clock), one step either side. A code whose step
 * is not later than `afterStep` (the last one accepted) is refused: a code works once.
 * Returns the step of the accepted code.
 */
export async function verifyAuthenticatorCode(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null,
): Promise<number | undefined> {
  const result = await verify({
    secret,
    token: code.replace(/\s+/g, ''),
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

// 32 characters, so that a random byte picks one without bias; no i, l, o or 1.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz023456789';

/** A recovery code to type by hand: ten letters and digits without look-alikes, as xxxxx-xxxxx. */
export function newRecoveryCode(): string {
  const chars = [...randomBytes(10)].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
