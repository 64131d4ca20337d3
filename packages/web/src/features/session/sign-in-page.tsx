import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useState } from 'react';
import { api, isProblem, unwrap } from '../../api/client';
import { PageLoader } from '../../ui/page-loader';
import { PasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from './auth-frame';
import { SecondFactorField } from './second-factor-field';
import { safeNextPath } from './safe-next';
import { adoptSession, lastSignedOutReason } from './session-cache';
import { useMe } from './use-me';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();
  // Signed out by their own action (everywhere, or by deleting the practice): the page says so, not just "Welcome back".
  const [signedOutReason] = useState(lastSignedOutReason);

  // Set once the password was right for an account with two-factor sign-in: the form asks for the code.
  const [needsCode, setNeedsCode] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '', code: '' },
    validate: { email: rules.email, password: rules.required, code: (value) => (needsCode ? rules.required(value) : null) },
    // A refusal speaks of the words it was given: once they change, it no longer applies.
    onValuesChange: () => forgetRefusal(),
  });
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string; code?: string }) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (signedIn) => {
      adoptSession(queryClient, signedIn);
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      if (isProblem(error, 'second_factor_required')) {
        setNeedsCode(true);
        return;
      }
      form.setErrors(fieldProblems(error));
    },
  });
  const showsProblem = signIn.isError && !isProblem(signIn.error, 'second_factor_required', 'invalid_second_factor');
  function forgetRefusal() {
    if (signIn.isError) signIn.reset();
  }

  if (isPending) return <PageLoader />;
  if (me && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  return (
    <AuthFrame title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form
        noValidate
        data-testid="signin-form"
        onSubmit={(event) => {
          // Sent again, the form is judged afresh: an earlier refusal does not stand beside a new check's messages.
          forgetRefusal();
          form.onSubmit((values) =>
            signIn.mutate({ email: values.email.trim(), password: values.password, ...(needsCode ? { code: values.code.trim() } : {}) }),
          )(event);
        }}
      >
        <Stack>
          {signedOutReason && (
            <Alert color="blue" variant="light" data-testid="signed-out-notice" data-reason={signedOutReason}>
              {t(`signIn.signedOut.${signedOutReason}`)}
            </Alert>
          )}
          {showsProblem && <ProblemAlert error={signIn.error} />}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {needsCode && <SecondFactorField inputProps={form.getInputProps('code')} testId="signin-code" />}
          <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
            {needsCode ? t('signIn.verify') : t('signIn.submit')}
          </Button>
          <Group justify="center">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Group>
          <Text size="sm" ta="center" c="dimmed">
            {t('signIn.noAccount')}{' '}
            <Anchor component={Link} to="/signup" fw={600}>
              {t('signIn.toSignUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
