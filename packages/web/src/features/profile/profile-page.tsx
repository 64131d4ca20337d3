import { Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Locale, Me } from '../../api/types';
import { isLanguage, LANGUAGES } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { followProfileLanguage } from '../session/session-cache';
import { meQueryKey, useSignedInMe } from '../session/use-me';
import { PasswordCard } from '../security/password-card';
import { SignOutEverywhereCard } from '../security/sign-out-everywhere-card';
import { TwoFactorCard } from '../security/two-factor-card';
import { MyDataCard } from '../data-export/my-data-card';
import { PracticeDataCard } from '../data-export/practice-data-card';
import { CalendarFeedCard } from './calendar-feed-card';

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.pageTitle'));
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const zones = useMemo(() => timeZones(me.timeZone), [me.timeZone]);

  const form = useForm<{ name: string; locale: Locale; timeZone: string }>({
    initialValues: { name: me.user.name, locale: me.locale, timeZone: me.timeZone },
    validate: { name: rules.required, timeZone: rules.required },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.PATCH('/api/v1/me', { body: { name: values.name.trim(), locale: values.locale, timeZone: values.timeZone } })),
    onSuccess: (updated: Me) => {
      queryClient.setQueryData(meQueryKey, updated);
      followProfileLanguage(updated);
      form.resetDirty({ name: updated.user.name, locale: updated.locale, timeZone: updated.timeZone });
      notifications.show({
        color: 'teal',
        message: t('profile.saved', { lng: updated.locale }),
        closeButtonProps: { 'aria-label': t('common.close', { lng: updated.locale }) },
      });
    },
    onError: (error) => form.setErrors(fieldProblems(error)),
  });

  return (
    <Stack gap="lg" maw={640}>
      <div>
        <Title order={1}>{t('profile.title')}</Title>
        <Text c="dimmed">{t('profile.subtitle')}</Text>
      </div>
      <Card withBorder radius="lg" padding="lg">
        <form noValidate data-testid="profile-form" onSubmit={form.onSubmit((values) => save.mutate(values))}>
          <Stack>
            {save.isError && <ProblemAlert error={save.error} />}
            <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
            <TextInput label={t('fields.email')} value={me.user.email} readOnly variant="filled" />
            {/* One under the other on a phone, where side by side cut a practice's name short. */}
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput label={t('profile.practice')} value={me.practice.name} readOnly variant="filled" />
              <TextInput label={t('profile.role')} value={t(`role.${me.role}`)} readOnly variant="filled" />
            </SimpleGrid>
            <Radio.Group
              label={t('fields.language')}
              data-testid="profile-language"
              {...form.getInputProps('locale')}
              onChange={(value) => {
                if (isLanguage(value)) form.setFieldValue('locale', value);
              }}
            >
              <Group gap="lg" mt={6}>
                {LANGUAGES.map((language) => (
                  <Radio key={language} value={language} label={t(`language.name.${language}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Select
              label={t('fields.timeZone')}
              description={t('profile.timeZoneHint')}
              data={zones}
              searchable
              placeholder={t('profile.timeZoneSearch')}
              nothingFoundMessage={t('profile.noTimeZone')}
              allowDeselect={false}
              limit={100}
              data-testid="profile-time-zone"
              {...form.getInputProps('timeZone')}
              onChange={(value) => form.setFieldValue('timeZone', value ?? me.timeZone)}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <PasswordCard />
      <TwoFactorCard />
      <CalendarFeedCard />
      <MyDataCard />
      {me.role === 'owner' && <PracticeDataCard me={me} />}
      <SignOutEverywhereCard />
    </Stack>
  );
}
