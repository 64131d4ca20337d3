import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Two overlapping rings: a coach and a client, working in tandem. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="16" r="9" fill="none" stroke="var(--mantine-color-teal-6)" strokeWidth="3" />
      <circle cx="20" cy="16" r="9" fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth="3" />
    </svg>
  );
}

export function Brand({ size = 'lg' }: { size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <BrandMark size={size === 'xl' ? 36 : 28} />
      <Text fw={800} fz={size} c="dark.7" style={{ letterSpacing: '-0.02em' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
