import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isProblem, unwrap } from '../../api/client';
import type { Language } from '../../i18n/i18n';
import '../../i18n/security-catalog';
import { PageLoader } from '../../ui/page-loader';
import { NewPasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { AuthFrame } from '../session/auth-frame';
import { useMe } from '../session/use-me';

type Unusable = 'used' | 'expired' | 'notFound';

const UNUSABLE_BY_CODE = { reset_link_used: 'used', reset_link_expired: 'expired', reset_link_not_found: 'notFound' } as const;

/**
 * The page speaks the language the email was written in (its account's), not the browser's,
 * while nobody is signed in; signed in, the UI follows the profile instead. It is switched to
 * once, when the link is known, and not remembered on the device, so the page's own language
 * switch still has the last word. Says whether the language is settled, so that the page does
 * not show in one language, then the other.
 */
function useLanguageOfLink(locale: Language | undefined): boolean {
  const { i18n } = useTranslation();
  const session = useMe();
  const isSignedOut = session.data === null;
  // Before the first paint of the page's content.
  useLayoutEffect(() => {
    if (locale && isSignedOut && i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale);
    // Only a newly known link or session switches it, not the person's own choice afterwards.
  }, [i18n, locale, isSignedOut]);
  return !session.isPending;
}

/** Why the link cannot set a password, with the way on: a new link, or signing in. */
function UnusableLink({ reason }: { reason: Unusable }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t(`resetPassword.${reason}.title`)}>
      <Stack data-testid="reset-link-unusable" data-reason={reason}>
        <Text>{t(`resetPassword.${reason}.body`)}</Text>
        <Button component={Link} to="/forgot-password" fullWidth>
          {t('resetPassword.askAgain')}
        </Button>
        <Anchor component={Link} to="/signin" ta="center">
          {t('resetPassword.toSignIn')}
        </Anchor>
      </Stack>
    </AuthFrame>
  );
}

/** The new password, set once with the link's token. */
function ResetForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { password: '' }, validate: { password: rules.password } });
  const reset = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } })),
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  // Used or expired between opening the page and sending it (in another tab, or after an hour).
  const refusal = Object.entries(UNUSABLE_BY_CODE).find(([code]) => isProblem(reset.error, code))?.[1];
  if (refusal) return <UnusableLink reason={refusal} />;

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

/**
 * The page the emailed link opens. It first asks what the link is, without using it: a link
 * used already or past its hour says so and offers a new one, instead of a form that would be
 * refused.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.pageTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const link = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => unwrap(api.GET('/api/v1/auth/password-reset/{token}', { params: { path: { token } } })),
    enabled: token !== '',
    // Asked once: after the password is set, asking again would turn the page into "used".
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const isLanguageSettled = useLanguageOfLink(link.data?.locale);

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
  if (link.isPending || !isLanguageSettled) return <PageLoader />;
  if (link.isError) {
    // A cut-short token is as good as an unknown one for the person holding the link.
    if (isProblem(link.error, 'reset_link_not_found', 'validation_failed')) return <UnusableLink reason="notFound" />;
    return (
      <AuthFrame title={t('resetPassword.title')}>
        <ProblemAlert error={link.error} onRetry={() => void link.refetch()} />
      </AuthFrame>
    );
  }
  if (link.data.status !== 'open') return <UnusableLink reason={link.data.status} />;
  return <ResetForm token={token} />;
}
