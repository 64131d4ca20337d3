import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { browserTimeZone } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { PageLoader } from '../../ui/page-loader';
import { NewPasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from './auth-frame';
import { adoptSession } from './session-cache';
import { useMe } from './use-me';

export function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('signUp.pageTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();

  const form = useForm({
    initialValues: { name: '', email: '', password: '', practiceName: '' },
    validate: { name: rules.required, email: rules.email, password: rules.password, practiceName: rules.required },
  });
  const signUp = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/auth/signup', {
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            practiceName: values.practiceName.trim(),
            locale: currentLanguage(),
            timeZone: browserTimeZone(),
          },
        }),
      ),
    onSuccess: (signedUp) => {
      adoptSession(queryClient, signedUp);
      void navigate('/', { replace: true });
    },
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  if (isPending) return <PageLoader />;
  if (me && !signUp.isPending && !signUp.isSuccess) return <Navigate to="/" replace />;

  return (
    <AuthFrame title={t('signUp.title')} subtitle={t('signUp.subtitle')}>
      <form noValidate data-testid="signup-form" onSubmit={form.onSubmit((values) => signUp.mutate(values))}>
        <Stack>
          {signUp.isError && <ProblemAlert error={signUp.error} />}
          <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <NewPasswordInput label={t('fields.password')} {...form.getInputProps('password')} />
          <TextInput
            label={t('fields.practiceName')}
            description={t('fields.practiceNameHint')}
            autoComplete="organization"
            required
            {...form.getInputProps('practiceName')}
          />
          <Button type="submit" size="md" loading={signUp.isPending} fullWidth>
            {t('signUp.submit')}
          </Button>
          <Text size="sm" ta="center" c="dimmed">
            {t('signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/signin" fw={600}>
              {t('signUp.toSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
