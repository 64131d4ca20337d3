import { Alert, Button, Card, Code, CopyButton, Group, Image, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api, unwrap } from '../../api/client';
import '../../i18n/security-catalog';
import { PasswordInput } from '../../ui/password-input';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { twoFactorStatusText } from './two-factor-status';

const statusKey = ['me', 'two-factor'] as const;

type Setup = { secret: string; otpauthUri: string; qrCode: string };

/**
 * Two-factor sign-in: set up with a QR code and a first code, the recovery codes shown once, and
 * turned off with a code or the password.
 */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: statusKey, queryFn: () => unwrap(api.GET('/api/v1/me/two-factor')) });
  const [setup, setSetup] = useState<Setup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: statusKey });

  const start = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/two-factor/setup')), onSuccess: setSetup });
  const confirmForm = useForm({ initialValues: { code: '' }, validate: { code: rules.authenticatorCode } });
  const confirm = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/me/two-factor/confirm', { body: { code } })),
    onSuccess: (answer) => {
      setSetup(null);
      setRecoveryCodes(answer.recoveryCodes);
      confirmForm.reset();
      void refresh();
    },
    onError: (error) => confirmForm.setErrors(fieldProblems(error)),
  });
  // Either proof will do; with neither, the password is asked for (it is checked as it is, never for length).
  const disableForm = useForm({
    initialValues: { code: '', password: '' },
    validate: { password: (value, values) => (values.code.trim() ? null : rules.currentPassword(value)) },
  });
  const disable = useMutation({
    mutationFn: (values: typeof disableForm.values) =>
      unwrap(api.POST('/api/v1/me/two-factor/disable', { body: values.code.trim() ? { code: values.code.trim() } : { password: values.password } })),
    onSuccess: () => {
      disableForm.reset();
      void refresh();
    },
    onError: (error) => disableForm.setErrors(fieldProblems(error)),
  });

  const enabled = status.data?.enabled ?? false;
  // A refusal that names a field is shown beside that field; any other in an alert.
  const alertError = [status.error, start.error, confirm.error, disable.error].find(
    (error) => error && !(error instanceof ApiProblem && error.errors.length > 0),
  );

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="two-factor">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('twoFactor.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('twoFactor.intro')}
          </Text>
        </div>
        {alertError && <ProblemAlert error={alertError} />}
        {status.data && (
          <Text size="sm" fw={600} data-testid="two-factor-status" data-enabled={String(enabled)}>
            {twoFactorStatusText(t, status.data)}
          </Text>
        )}

        {recoveryCodes && (
          <Alert color="yellow" variant="light" title={t('twoFactor.recoveryTitle')} data-testid="recovery-codes">
            <Stack gap="xs">
              <Text size="sm">{t('twoFactor.recoveryIntro')}</Text>
              <SimpleGrid cols={2} spacing={4}>
                {recoveryCodes.map((code) => (
                  <Code key={code} data-testid="recovery-code">
                    {code}
                  </Code>
                ))}
              </SimpleGrid>
              <Group gap="xs">
                <CopyButton value={recoveryCodes.join('\n')} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" onClick={() => setRecoveryCodes(null)}>
                  {t('twoFactor.recoveryDone')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {!enabled && !setup && status.data && (
          <Group>
            <Button loading={start.isPending} onClick={() => start.mutate()} data-testid="two-factor-set-up">
              {t('twoFactor.setUp')}
            </Button>
          </Group>
        )}

        {!enabled && setup && (
          <form noValidate onSubmit={confirmForm.onSubmit((values) => confirm.mutate(values.code.replace(/\s/g, '')))}>
            <Stack gap="sm">
              <Text size="sm">{t('twoFactor.scan')}</Text>
              <Image src={setup.qrCode} alt={t('twoFactor.qrAlt')} w={180} h={180} data-testid="two-factor-qr" />
              <TextInput label={t('twoFactor.secret')} value={setup.secret} readOnly data-testid="two-factor-secret" onFocus={(event) => event.currentTarget.select()} />
              <TextInput label={t('twoFactor.code')} autoComplete="one-time-code" inputMode="numeric" required data-testid="two-factor-code" {...confirmForm.getInputProps('code')} />
              <Group>
                <Button type="submit" loading={confirm.isPending}>
                  {t('twoFactor.enable')}
                </Button>
                <Button variant="subtle" color="gray" onClick={() => setSetup(null)}>
                  {t('twoFactor.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {enabled && (
          <form noValidate onSubmit={disableForm.onSubmit((values) => disable.mutate(values))}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('twoFactor.disableIntro')}
              </Text>
              <TextInput label={t('twoFactor.codeOrRecovery')} autoComplete="one-time-code" {...disableForm.getInputProps('code')} />
              <PasswordInput label={t('twoFactor.orPassword')} autoComplete="current-password" {...disableForm.getInputProps('password')} />
              <Group>
                <Button type="submit" color="red" variant="light" loading={disable.isPending} data-testid="two-factor-disable">
                  {t('twoFactor.disable')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
