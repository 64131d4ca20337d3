import { Spoiler, Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The height of a line of the text, set rather than the theme's 1.55 of the font's size, so that the fold falls between lines. */
const LINE_PX = 22;
/** Eight lines: what a timeline shows of an entry before "Show more". */
const FOLDED_HEIGHT_PX = 8 * LINE_PX;

/**
 * Words a person wrote (a check-in, a journal entry, a note) as they wrote them, line breaks kept.
 * A long text is folded to its first lines with "Show more", so that one long entry does not
 * push everything after it off the screen; the whole text stays on the page for search and
 * copying.
 */
export function LongText({ children, testId, ...textProps }: TextProps & { children: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Spoiler
      maxHeight={FOLDED_HEIGHT_PX}
      showLabel={t('common.showMore')}
      hideLabel={t('common.showLess')}
      styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
      data-testid={`${testId}-fold`}
    >
      <Text size="sm" lh={`${LINE_PX}px`} {...textProps} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </Text>
    </Spoiler>
  );
}
