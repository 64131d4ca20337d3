import { Stack, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list whose rows are blocks read top to bottom (a table's rows on a narrow screen), divided by a line. */
export function RowBlocks({ label, children, ...props }: { label: string; children: ReactNode } & StackProps & { 'data-testid'?: string }) {
  return (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label} {...props}>
      {children}
    </Stack>
  );
}

/** One row of `RowBlocks`: a line above it unless it comes first. */
export function RowBlock({ first, children, ...props }: { first: boolean; children: ReactNode } & StackProps & Record<`data-${string}`, string | undefined>) {
  return (
    <Stack component="li" gap="xs" py="sm" style={first ? undefined : { borderTop: '1px solid var(--mantine-color-default-border)' }} {...props}>
      {children}
    </Stack>
  );
}
