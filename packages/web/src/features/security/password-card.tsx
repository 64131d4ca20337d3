import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import '../../i18n/security-catalog';
import { NewPasswordInput, PasswordInput } from '../../ui/password-input';
import { FieldMessage, fieldProblems, ProblemAlert, rules } from '../../ui/problem';

/** Changing the password with the current one; the other devices are signed out. */
export function PasswordCard() {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: rules.currentPassword,
      // The server refuses it too (same_password): "changing" to the same password would sign the other devices out for nothing.
      newPassword: (value, values) => rules.password(value) ?? (value === values.currentPassword ? <FieldMessage name="same_password" /> : null),
    },
  });
  const change = useMutation({
    mutationFn: (body: typeof form.values) => unwrap(api.POST('/api/v1/me/password', { body })),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('passwordCard.changed'), closeButtonProps: { 'aria-label': t('common.close') } });
    },
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="password-card">
      <form noValidate onSubmit={form.onSubmit((values) => change.mutate(values))}>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="lg">
              {t('passwordCard.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('passwordCard.intro')}
            </Text>
          </div>
          {change.isError && <ProblemAlert error={change.error} />}
          <PasswordInput label={t('passwordCard.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <NewPasswordInput label={t('passwordCard.new')} {...form.getInputProps('newPassword')} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('passwordCard.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
