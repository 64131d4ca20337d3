import { z } from 'zod';
import { Locale } from '../accounts/schemas.ts';

const NewPassword = z.string().min(10, 'Use at least 10 characters').max(200);

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Required').max(200),
  newPassword: NewPassword.describe('Must differ from the current password (400 same_password)'),
});

export const PasswordResetBody = z.object({ email: z.email().max(254) });

export const ResetTokenParams = z.object({
  token: z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/, 'Use the whole link from the email'),
});

export const PasswordResetPreview = z.object({
  status: z.enum(['open', 'used', 'expired']).describe('Whether the link can still set a password; looking does not use it'),
  locale: Locale.describe('The language of the account, which the email was written in'),
});

export const ConfirmPasswordResetBody = z.object({
  token: z.string().min(16, 'Use the whole link from the email').max(200),
  password: NewPassword,
});
