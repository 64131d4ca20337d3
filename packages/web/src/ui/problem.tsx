import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, canRetry, problemHeading, type ProblemHeading } from '../api/client';
import { fieldMessages, problemMessage, type FieldMessageKey } from '../i18n/problem-text';

/** A failed request's message; re-renders in the new language when the language changes. */
export function ProblemText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <>{problemMessage(t, error)}</>;
}

const HEADINGS = {
  check: 'errors.checkTitle',
  not_found: 'errors.notFoundTitle',
  forbidden: 'errors.forbiddenTitle',
  too_many: 'errors.tooManyTitle',
  failure: 'errors.title',
} as const satisfies Record<ProblemHeading, string>;

/**
 * A failed request's message, with a button to try again where trying again could help. What the
 * server turned down for what was asked (4xx) is headed by what the reader can do: "Please check
 * this" (a value outside its scale, a wrong password, a change made meanwhile), "Not found", "Not
 * allowed", "Too many tries"; "Something went wrong" is kept for the server failing and the
 * network.
 */
export function ProblemAlert({ error, onRetry, retryLabel }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  const { t } = useTranslation();
  const heading = problemHeading(error);
  const color = heading === 'failure' ? 'red' : 'orange';
  return (
    <Alert color={color} variant="light" role="alert" title={t(HEADINGS[heading])} data-testid="problem">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <ProblemText error={error} />
        </Text>
        {onRetry && canRetry(error) && (
          <Button size="xs" variant="white" color={color} onClick={onRetry}>
            {retryLabel ?? t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

function FieldProblemText({ error, path }: { error: ApiProblem; path: string }) {
  const { t } = useTranslation();
  return <>{fieldMessages(t, error)[path] ?? null}</>;
}

/** Errors for a Mantine form: one live-translated message per field the server named. */
export function fieldProblems(error: unknown): Record<string, ReactNode> {
  if (!(error instanceof ApiProblem)) return {};
  const errors: Record<string, ReactNode> = {};
  for (const field of error.errors) errors[field.path] = <FieldProblemText error={error} path={field.path} />;
  return errors;
}

/** A client-side validation message, kept as a key so that it follows a language switch. */
export function FieldMessage({ name }: { name: FieldMessageKey }) {
  const { t } = useTranslation();
  return <>{t(`errors.field.${name}`)}</>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validation rules shared by the forms; the server checks the same and has the last word. */
export const rules = {
  required: (value: string) => (value.trim() ? null : <FieldMessage name="too_small" />),
  email: (value: string) => (EMAIL.test(value.trim()) ? null : <FieldMessage name="email" />),
  password: (value: string) => (value.length >= 10 ? null : <FieldMessage name="password" />),
  /** A password one has already: asked for, never checked for length. */
  currentPassword: (value: string) => (value ? null : <FieldMessage name="password_required" />),
  /** An authenticator app's code: six digits, as it shows them (with a space in the middle or not). */
  authenticatorCode: (value: string) => (/^\d{6}$/.test(value.replace(/\s/g, '')) ? null : <FieldMessage name="code" />),
};
