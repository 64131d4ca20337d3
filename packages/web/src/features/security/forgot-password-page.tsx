import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import '../../i18n/security-catalog';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from '../session/auth-frame';

/** Asks for a link to set a new password; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.pageTitle'));
  const form = useForm({ initialValues: { email: '' }, validate: { email: rules.email } });
  const request = useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })),
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  return (
    <AuthFrame title={t('forgotPassword.title')} subtitle={t('forgotPassword.subtitle')}>
      {request.isSuccess ? (
        <Stack>
          <Alert color="teal" variant="light" data-testid="reset-requested">
            {t('forgotPassword.sent')}
          </Alert>
          <Anchor component={Link} to="/signin" ta="center">
            {t('forgotPassword.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form noValidate data-testid="forgot-password-form" onSubmit={form.onSubmit((values) => request.mutate(values.email.trim()))}>
          <Stack>
            {request.isError && <ProblemAlert error={request.error} />}
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" size="md" loading={request.isPending} fullWidth>
              {t('forgotPassword.submit')}
            </Button>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/signin">
                {t('forgotPassword.backToSignIn')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
