import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * How many there are, beside a card's title. It keeps its width: in a row with a long title a
 * badge would otherwise be squeezed and cut, "10" showing as "1…".
 */
export function CountBadge({ children, ...props }: BadgeProps & { children: ReactNode; 'data-testid'?: string }) {
  return (
    <Badge variant="filled" {...props} style={{ flexShrink: 0 }}>
      {children}
    </Badge>
  );
}
