import { Box, Group, Stack, Text } from '@mantine/core';
import type { RiskReason } from '../../api/types';

/**
 * Why a goal needs attention or is at risk, one line per reason. The server words them in the
 * reader's language, with their numbers.
 */
export function RiskReasons({ reasons, size = 'sm' }: { reasons: readonly RiskReason[]; size?: 'xs' | 'sm' }) {
  if (reasons.length === 0) return null;
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="risk-reasons">
      {reasons.map((reason) => (
        <Group key={reason.code} component="li" gap={8} wrap="nowrap" align="flex-start" data-testid="risk-reason" data-code={reason.code} data-severity={reason.severity}>
          <Box
            mt={size === 'xs' ? 5 : 6}
            w={8}
            h={8}
            bg={reason.severity === 'risk' ? 'red.6' : 'orange.5'}
            style={{ borderRadius: reason.severity === 'risk' ? 2 : '50%', flexShrink: 0 }}
            aria-hidden="true"
          />
          <Text size={size} c={reason.severity === 'risk' ? 'red.9' : 'dark.6'}>
            {reason.text}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
