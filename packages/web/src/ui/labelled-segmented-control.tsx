import { Input, SegmentedControl, Stack, Text, type SegmentedControlProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A segmented control under a label of its own, which a screen reader reads with it (Mantine's
 * control has none), with an optional description above, and a hint and an error below, as the
 * text fields beside it have.
 */
export function LabelledSegmentedControl({
  label,
  required = false,
  description,
  hint,
  error,
  ...control
}: SegmentedControlProps & { label: ReactNode; required?: boolean; description?: ReactNode; hint?: ReactNode; error?: ReactNode }) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Input.Label id={labelId} required={required}>
        {label}
      </Input.Label>
      {description !== undefined && <Input.Description>{description}</Input.Description>}
      <SegmentedControl aria-labelledby={labelId} {...control} />
      {hint !== undefined && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {error !== undefined && error !== null && error !== false && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
