import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is narrower than a table of four or five columns (640 px): a phone held
 * upright. Lists then show each row as a block read top to bottom, not a table scrolled sideways.
 * Read at once, not after the first paint, so that a phone never flashes the table first.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
}
