import { useTranslation } from 'react-i18next';
import { decimalSeparator } from '../i18n/format';
import { isLanguage } from '../i18n/i18n';

/**
 * Props for a Mantine `NumberInput` that show a number the reader's way: "4,5" in Latvian, "4.5"
 * in English. Either mark may be typed (Mantine takes both); the value stays a number. Thousands
 * are not grouped while typing: in English the group mark is the comma a Latvian habit types for
 * a fraction, so "4,5" would become 45.
 */
export function useNumberSeparators(): { decimalSeparator: string } {
  const { i18n } = useTranslation();
  return { decimalSeparator: decimalSeparator(isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en') };
}
