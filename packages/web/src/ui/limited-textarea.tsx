import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** From this share of the longest text a field takes, it counts what is left. */
const NEAR_THE_END = 0.8;

/**
 * A text area that takes at most `maxLength` characters and, near the end, says how many are
 * left: the browser stops the typing (and cuts a paste) there without a word otherwise.
 */
export function LimitedTextarea({ maxLength, description, ...props }: TextareaProps & { maxLength: number }) {
  const { t } = useTranslation();
  const length = typeof props.value === 'string' ? props.value.length : 0;
  const left = maxLength - length;
  const counter =
    length >= maxLength * NEAR_THE_END ? (
      <span data-testid="characters-left" data-left={left}>
        {t('common.charactersLeft', { count: left, max: maxLength })}
      </span>
    ) : null;
  return (
    <Textarea
      maxLength={maxLength}
      description={
        counter && description ? (
          <>
            {description} · {counter}
          </>
        ) : (
          (counter ?? description)
        )
      }
      {...props}
    />
  );
}
