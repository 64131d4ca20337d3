import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isProblem, unwrap } from '../../api/client';
import '../../i18n/security-catalog';
import { NewPasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from '../session/auth-frame';

/** The page the emailed link opens: a new password, set once with the link's token. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.pageTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm({ initialValues: { password: '' }, validate: { password: rules.password } });
  const reset = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } })),
    onError: (error) => form.setErrors(fieldProblems(error)),
  });
  const isLinkRefused = isProblem(reset.error, 'reset_link_not_found', 'reset_link_used', 'reset_link_expired');

  if (!token) {
    return (
      <AuthFrame title={t('resetPassword.title')}>
        <Stack>
          <Alert color="red" variant="light">
            {t('resetPassword.missingToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password" ta="center">
            {t('resetPassword.askAgain')}
          </Anchor>
        </Stack>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('resetPassword.title')} subtitle={t('resetPassword.subtitle')}>
      {reset.isSuccess ? (
        <Stack>
          <Alert color="teal" variant="light" data-testid="password-reset-done">
            {t('resetPassword.done')}
          </Alert>
          <Button component={Link} to="/signin" fullWidth>
            {t('resetPassword.toSignIn')}
          </Button>
        </Stack>
      ) : (
        <form noValidate data-testid="reset-password-form" onSubmit={form.onSubmit((values) => reset.mutate(values.password))}>
          <Stack>
            {reset.isError && <ProblemAlert error={reset.error} />}
            {isLinkRefused && (
              <Anchor component={Link} to="/forgot-password">
                {t('resetPassword.askAgain')}
              </Anchor>
            )}
            <NewPasswordInput label={t('resetPassword.newPassword')} {...form.getInputProps('password')} />
            <Button type="submit" size="md" loading={reset.isPending} fullWidth>
              {t('resetPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
