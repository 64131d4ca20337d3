import { z } from 'zod';

const NewPassword = z.string().min(10, 'Use at least 10 characters').max(200);

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Required').max(200),
  newPassword: NewPassword,
});

export const PasswordResetBody = z.object({ email: z.email().max(254) });

export const ConfirmPasswordResetBody = z.object({
  token: z.string().min(16, 'Use the whole link from the email').max(200),
  password: NewPassword,
});
