import { Anchor, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../ui/brand';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages people see before they are signed in. */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box
      mih="100vh"
      style={{
        background:
          'radial-gradient(circle at 15% 20%, var(--mantine-color-teal-0), transparent 45%), radial-gradient(circle at 85% 80%, var(--mantine-color-indigo-0), transparent 45%), var(--mantine-color-gray-0)',
      }}
    >
      <Container size="lg" py="md">
        <Group justify="space-between">
          <Anchor component={Link} to="/" underline="never" aria-label={t('app.homeLink')}>
            <Brand />
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Container>
      <Container size={460} pt={48} pb={64}>
        <Stack gap="lg">
          <Stack gap={6}>
            <Title order={1} fz={30}>
              {title}
            </Title>
            {subtitle && <Text c="dimmed">{subtitle}</Text>}
          </Stack>
          <Paper withBorder shadow="sm" radius="lg" p="xl">
            {children}
          </Paper>
          <Text c="dimmed" size="sm" ta="center">
            {t('app.tagline')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
