import { isValidTimeZone, LOCALES, ROLES } from '@tandem/core';
import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';

const Email = z.email().max(254);
const Password = z.string().min(10, 'Use at least 10 characters').max(200);
const PersonName = z.string().trim().min(1, 'Required').max(200);
export const Locale = z.enum(LOCALES);
export const TimeZone = z.string().max(64).refine(isValidTimeZone, 'Use an IANA time zone such as Europe/Riga');

export const SignUpBody = z.object({
  name: PersonName,
  email: Email,
  password: Password,
  practiceName: z.string().trim().min(1, 'Required').max(200),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
});

export const SignInBody = z.object({
  email: Email,
  password: z.string().min(1, 'Required').max(200),
  code: z.string().trim().max(40).optional().describe('With two-factor sign-in on: a code from the authenticator app, or a recovery code'),
});

export const SignedOutEverywhere = z.object({
  sessionsEnded: z.number().int().describe('Browser sessions ended, this one included'),
  tokensRevoked: z.number().int().describe('API tokens revoked'),
});

export const ApiTokenBody = SignInBody.extend({ label: z.string().trim().max(100).optional() });

export const ApiToken = z.object({
  id: Uuid,
  token: z.string().describe('Shown once: send it as `Authorization: Bearer <token>`'),
  label: z.string(),
  createdAt: Timestamp,
});

export const UpdateMeBody = z
  .object({ name: PersonName.optional(), locale: Locale.optional(), timeZone: TimeZone.optional() })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one of name, locale, timeZone');

export const Me = z.object({
  user: z.object({ id: Uuid, name: z.string(), email: z.string(), locale: Locale, timeZone: z.string() }),
  practice: z.object({ id: Uuid, name: z.string() }),
  role: z.enum(ROLES),
  locale: Locale,
  timeZone: z.string(),
});
export type Me = z.infer<typeof Me>;
