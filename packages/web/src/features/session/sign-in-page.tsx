import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { PageLoader } from '../../ui/page-loader';
import { PasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from './auth-frame';
import { safeNextPath } from './safe-next';
import { adoptSession } from './session-cache';
import { useMe } from './use-me';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: rules.email, password: rules.required },
  });
  const signIn = useMutation({
    mutationFn: (body: typeof form.values) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (signedIn) => {
      adoptSession(queryClient, signedIn);
      void navigate(next, { replace: true });
    },
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  if (isPending) return <PageLoader />;
  if (me && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  return (
    <AuthFrame title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form
        noValidate
        data-testid="signin-form"
        onSubmit={form.onSubmit((values) => signIn.mutate({ ...values, email: values.email.trim() }))}
      >
        <Stack>
          {signIn.isError && <ProblemAlert error={signIn.error} />}
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
          <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
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
