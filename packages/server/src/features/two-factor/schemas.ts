import { z } from 'zod';

const Code = z.string().trim().min(6, 'Type the code from your authenticator app').max(40);

export const TwoFactorStatus = z.object({
  enabled: z.boolean(),
  recoveryCodesLeft: z.number().int().describe('Unused recovery codes (0 while two-factor sign-in is off)'),
});

export const TwoFactorSetup = z.object({
  secret: z.string().describe('Base32 secret, for typing into an authenticator app by hand'),
  otpauthUri: z.string().describe('otpauth://totp/... address, the content of the QR code'),
  qrCode: z.string().describe('The QR code as a data: URL (SVG)'),
});

export const ConfirmTwoFactorBody = z.object({ code: Code });

export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('Ten single-use codes for when the authenticator is lost: shown this once'),
});

export const DisableTwoFactorBody = z
  .object({
    code: Code.optional().describe('A current code from the authenticator, or a recovery code'),
    password: z.string().min(1, 'Required').max(200).optional(),
  })
  .refine((body) => body.code !== undefined || body.password !== undefined, { message: 'Send a code or your password', path: ['code'] });
