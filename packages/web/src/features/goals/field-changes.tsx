import { Stack, Table, Text, useMatches, type MantineStyleProp } from '@mantine/core';
import type { ReactNode } from 'react';

/** One field of a goal's words, as it was (or is in force) and as it is (or would be). */
export type FieldChange = { field: string; label: string; before?: ReactNode; after: ReactNode };

/** What each part of a change is called, and the test ids the journeys find them by. */
export type FieldChangeParts = {
  label: string;
  field: string;
  before?: string;
  after: string;
  testIds: { row: string; before?: string; after: string };
  /** How the earlier words are drawn: dimmed, or struck through. */
  beforeStyle?: MantineStyleProp;
  /** The background of the later words, to mark what is proposed. */
  afterBackground?: string;
  /** Rows close together without lines between them, as within a timeline. */
  dense?: boolean;
};

/**
 * A goal's words field by field, before and after: a table of two or three columns where there is
 * room, and on a phone each field with its words under it, so that nothing sits past the screen's
 * edge in a table that scrolls sideways without saying so.
 */
export function FieldChanges({ changes, parts }: { changes: readonly FieldChange[]; parts: FieldChangeParts }) {
  const stacked = useMatches({ base: true, sm: false });
  const withBefore = parts.before !== undefined;
  if (stacked) {
    return (
      <Stack gap="sm" role="list" aria-label={parts.label}>
        {changes.map((change) => (
          <Stack key={change.field} gap={4} role="listitem" data-testid={parts.testIds.row} data-field={change.field}>
            <Text size="sm" fw={600}>
              {change.label}
            </Text>
            {withBefore && (
              <div>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {parts.before}
                </Text>
                <Text size="sm" c="dimmed" component="div" style={parts.beforeStyle} data-testid={parts.testIds.before}>
                  {change.before}
                </Text>
              </div>
            )}
            <div>
              {withBefore && (
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {parts.after}
                </Text>
              )}
              <Text size="sm" component="div" bg={parts.afterBackground} data-testid={parts.testIds.after}>
                {change.after}
              </Text>
            </div>
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing={parts.dense ? 4 : 'xs'} layout="fixed" withRowBorders={!parts.dense} fz="sm" aria-label={parts.label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">{parts.field}</Table.Th>
          {withBefore && <Table.Th>{parts.before}</Table.Th>}
          <Table.Th>{parts.after}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field} data-testid={parts.testIds.row} data-field={change.field}>
            <Table.Td fw={600}>{change.label}</Table.Td>
            {withBefore && (
              <Table.Td c="dimmed" style={parts.beforeStyle} data-testid={parts.testIds.before}>
                {change.before}
              </Table.Td>
            )}
            <Table.Td bg={parts.afterBackground} data-testid={parts.testIds.after}>
              {change.after}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
