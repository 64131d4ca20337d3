import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isProblem, unwrap } from '../../api/client';
import type { InvitationPreview } from '../../api/types';
import { browserTimeZone } from '../../i18n/format';
import { currentLanguage, isLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { NewPasswordInput, PasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
// A returning coach's wrong password is told in the security screens' words.
import '../../i18n/security-catalog';
import { AuthFrame } from '../session/auth-frame';
import { SecondFactorField } from '../session/second-factor-field';
import { useChangeLanguage } from '../session/language-switch';
import { adoptSession } from '../session/session-cache';

type Unusable = 'used' | 'expired' | 'replaced' | 'notFound';

/** Why the link cannot be used, and whom to ask for a new one: a client their coach, a coach the owner. */
function UnusableInvitation({ reason, role = 'client' }: { reason: Unusable; role?: InvitationPreview['role'] }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t(`invitation.${reason}.title`)}>
      <Stack data-testid="invitation-unusable" data-reason={reason}>
        <Text>{reason !== 'notFound' && role === 'coach' ? t(`invitation.${reason}.bodyCoach`) : t(`invitation.${reason}.body`)}</Text>
        <Button component={Link} to="/signin" variant="light">
          {t('invitation.toSignIn')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

/**
 * Accepting: a new account's name and password, or for a coach invited back (`returning`), their
 * own password, and the code from their authenticator when the answer asks for it.
 */
function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changeLanguage = useChangeLanguage();
  const { returning } = invitation;
  // Set once a returning coach's password was right and their account has two-factor sign-in.
  const [needsCode, setNeedsCode] = useState(false);
  const form = useForm({
    initialValues: { name: invitation.clientName, password: '', code: '' },
    validate: {
      name: (value) => (returning ? null : rules.required(value)),
      password: returning ? rules.required : rules.password,
      code: (value) => (needsCode ? rules.required(value) : null),
    },
  });
  const accept = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/invitations/{token}/accept', {
          params: { path: { token } },
          body: {
            name: returning ? invitation.clientName : values.name.trim(),
            password: values.password,
            ...(needsCode ? { code: values.code.trim() } : {}),
            locale: currentLanguage(),
            timeZone: browserTimeZone(),
          },
        }),
      ),
    onSuccess: ({ engagementId, ...me }) => {
      adoptSession(queryClient, me);
      // A client opens their engagement; a coach who joined the practice, their home.
      void navigate(engagementId ? `/engagements/${engagementId}` : '/', { replace: true });
    },
    onError: (error) => {
      if (isProblem(error, 'second_factor_required')) {
        setNeedsCode(true);
        return;
      }
      form.setErrors(fieldProblems(error));
    },
  });
  // A wrong password or code shows at its field; anything else above the form.
  const showsProblem = accept.isError && !isProblem(accept.error, 'invalid_credentials', 'second_factor_required', 'invalid_second_factor');

  return (
    <AuthFrame
      title={t('invitation.title')}
      subtitle={t(invitation.role === 'coach' ? 'invitation.introCoach' : 'invitation.intro', {
        coachName: invitation.coachName,
        practiceName: invitation.practiceName,
      })}
    >
      <form noValidate data-testid="accept-form" onSubmit={form.onSubmit((values) => accept.mutate(values))}>
        <Stack>
          <Alert variant="light" color="teal" data-testid="invitation-details">
            <Text size="sm">{t('invitation.forEmail', { email: invitation.clientEmail })}</Text>
            <Text size="sm" c="dimmed">
              {t('invitation.validUntil', format.linkExpiry(invitation.expiresAt))}
            </Text>
          </Alert>
          {showsProblem && <ProblemAlert error={accept.error} />}
          {returning ? (
            <>
              <Text size="sm" data-testid="invitation-returning">
                {t('invitation.returningIntro')}
              </Text>
              <PasswordInput label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
            </>
          ) : (
            <>
              <Text size="sm">{t('invitation.accountIntro')}</Text>
              <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
              <NewPasswordInput label={t('fields.password')} {...form.getInputProps('password')} />
            </>
          )}
          {needsCode && <SecondFactorField inputProps={form.getInputProps('code')} />}
          {/* A new account's language; a coach invited back keeps their account's, so is not asked. */}
          {!returning && (
            <Radio.Group
              label={t('fields.language')}
              value={currentLanguage()}
              onChange={(value) => {
                if (isLanguage(value)) changeLanguage(value);
              }}
            >
              <Group gap="lg" mt={6}>
                {LANGUAGES.map((language: Language) => (
                  <Radio key={language} value={language} label={t(`language.name.${language}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          <Button type="submit" size="md" loading={accept.isPending} fullWidth>
            {returning ? t('invitation.rejoin') : t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.pageTitle'));
  const { token = '' } = useParams();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });

  if (invitation.isPending) return <PageLoader />;
  if (invitation.isError) {
    // A malformed token is as good as an unknown one for the person holding the link.
    if (isProblem(invitation.error, 'invitation_not_found', 'validation_failed', 'not_found')) {
      return <UnusableInvitation reason="notFound" />;
    }
    return (
      <AuthFrame title={t('invitation.title')}>
        <ProblemAlert error={invitation.error} onRetry={() => void invitation.refetch()} />
      </AuthFrame>
    );
  }
  if (invitation.data.status !== 'open') {
    const reason = invitation.data.replaced ? 'replaced' : invitation.data.status;
    return <UnusableInvitation reason={reason} role={invitation.data.role} />;
  }
  return <AcceptForm token={token} invitation={invitation.data} />;
}
