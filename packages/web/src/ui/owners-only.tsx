import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../api/types';

/**
 * What a coach or a client sees at the address of a page that is the practice owner's alone (the
 * whole practice, the audit log): whose page it is and the way home, instead of a refusal from
 * the API. The navigation never offers these pages to them; an address typed or shared can.
 */
export function OwnersOnly({ me, title }: { me: Me; title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Alert color="gray" variant="light" radius="lg" title={t('ownersOnly.title')} data-testid="owners-only">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('ownersOnly.body', { practice: me.practice.name })}</Text>
          <Button component={Link} to="/" size="xs" variant="light">
            {t('ownersOnly.home')}
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}
